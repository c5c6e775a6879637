import type { ThreadVisibility } from '@plenary/shared/domain/index';
import { useId } from 'react';
import type { Stakeholder } from '../api/types.ts';

interface Props {
  choices: { value: ThreadVisibility; label: string }[];
  visibility: ThreadVisibility;
  onVisibility: (value: ThreadVisibility) => void;
  /** The groups a group thread may go to; a choice among them is asked for only when there are several. */
  groups: Stakeholder[];
  groupId: string;
  onGroup: (id: string) => void;
}

/** Who may read a new thread: the confidentiality layer and, for a member of several groups, which group. */
export function ThreadAudiencePicker({ choices, visibility, onVisibility, groups, groupId, onGroup }: Props) {
  const visibilityId = useId();
  const groupFieldId = useId();
  return (
    <>
      <label className="thread-form__field" htmlFor={visibilityId}>
        <span>Visible to</span>
        <select
          id={visibilityId}
          value={visibility}
          onChange={(e) => onVisibility(e.target.value as ThreadVisibility)}
          data-testid="thread-visibility"
        >
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      {visibility === 'group' && groups.length > 1 && (
        <label className="thread-form__field" htmlFor={groupFieldId}>
          <span>Group</span>
          <select id={groupFieldId} value={groupId} onChange={(e) => onGroup(e.target.value)} data-testid="thread-group">
            <option value="" disabled>
              Choose a group…
            </option>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  );
}
