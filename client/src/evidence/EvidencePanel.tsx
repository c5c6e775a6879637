import type { DocumentKind } from '@plenary/shared/domain/index';
import { useState } from 'react';
import { Link } from 'react-router';
import type { EvidenceLink } from './api.ts';
import { linkTarget, linksByPid } from './evidenceMarks.ts';

export interface EvidencePanelModel {
  kind: DocumentKind;
  links: readonly EvidenceLink[];
  loaded: boolean;
  /** The paragraph whose links are shown; null: every link of the document. */
  pid: string | null;
  /** The number of a paragraph of this document ("OP5"), for the heading. */
  labelOf: (pid: string) => string;
  canLink: boolean;
  startLink: (pid: string) => void;
  remove: (link: EvidenceLink) => Promise<void>;
  showAll: () => void;
}

/** The Evidence tab: the links of one paragraph (or all), each one click from the other text. */
export function EvidencePanel({ model }: { model: EvidencePanelModel }) {
  const { kind, links, loaded, pid, labelOf, canLink, startLink, remove, showAll } = model;
  const [error, setError] = useState<string | null>(null);
  const groups = [...linksByPid(links, kind)].filter(([own]) => pid === null || own === pid);
  if (pid !== null && groups.length === 0) groups.push([pid, []]);

  const onRemove = async (link: EvidenceLink) => {
    setError(null);
    try {
      await remove(link);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    }
  };

  return (
    <div className="evidence-panel" data-testid="evidence-panel">
      {pid !== null && (
        <button type="button" className="button button--link evidence-panel__all" onClick={showAll}>
          All evidence links of this document
        </button>
      )}
      {error && (
        <p className="evidence-panel__error" role="alert">
          {error}
        </p>
      )}
      {loaded && groups.length === 0 && <p className="evidence-panel__empty">No paragraph of this document is linked to evidence yet.</p>}
      {groups.map(([own, ownLinks]) => (
        <section key={own} className="evidence-panel__paragraph" data-testid="evidence-paragraph" data-pid={own}>
          <h3 className="evidence-panel__heading">
            {kind === 'compact' ? `Evidence behind ${labelOf(own)}` : `${labelOf(own)} is cited by`}
          </h3>
          {ownLinks.length === 0 && <p className="evidence-panel__empty">No links yet.</p>}
          <ul className="evidence-panel__links">
            {ownLinks.map((link) => {
              const { href, text } = linkTarget(link, kind);
              return (
                <li key={link.id} className="evidence-panel__link" data-testid="evidence-link" data-link-id={link.id}>
                  <Link to={href} className="evidence-panel__open" data-testid="evidence-open">
                    {text}
                  </Link>
                  <span className="evidence-panel__by">
                    linked by {link.createdBy.name} ({link.createdBy.stakeholder.shortName})
                  </span>
                  {link.canRemove && (
                    <button
                      type="button"
                      className="button button--secondary evidence-panel__remove"
                      data-testid="evidence-remove"
                      aria-label={`Remove the link to ${text}`}
                      onClick={() => void onRemove(link)}
                    >
                      Remove
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          {canLink && (
            <button type="button" className="button button--secondary" data-testid="evidence-panel-link" onClick={() => startLink(own)}>
              Link evidence…
            </button>
          )}
        </section>
      ))}
    </div>
  );
}
