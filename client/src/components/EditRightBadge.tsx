/** Says plainly whether you hold the pen on a document. */
export function EditRightBadge({ canEdit }: { canEdit: boolean }) {
  return canEdit ? (
    <span className="badge badge--pen" title="You hold the pen: you can edit this text">
      You can edit
    </span>
  ) : (
    <span className="badge badge--read" title="You follow this text live; only the pen-holders edit it">
      Read only
    </span>
  );
}
