import type { Participant } from '../api/admin.ts';
import type { StakeholderOption } from '../api/proposals.ts';
import { ParticipantRow } from './ParticipantRow.tsx';

interface Props {
  processId: string;
  participants: readonly Participant[];
  selfId: string;
  stakeholders: readonly StakeholderOption[];
  onChanged: (participant: Participant) => void;
  onLinkMade: () => void;
}

/** Everyone taking part in the process, by stakeholder, with what can be done to each account. */
export function ParticipantsTable({ processId, participants, selfId, stakeholders, onChanged, onLinkMade }: Props) {
  const active = participants.filter((p) => p.active).length;
  return (
    <>
      <p className="participants__count" data-testid="participants-count">
        {participants.length === 1 ? '1 person' : `${participants.length} people`}
        {active < participants.length ? `, ${participants.length - active} deactivated` : ''}.
      </p>
      <div className="participants__scroll">
        <table className="participants-table" data-testid="participants-table">
          <caption className="visually-hidden">The participants of the process, by stakeholder</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Stakeholder</th>
              <th scope="col">Capacity</th>
              <th scope="col">Account</th>
              <th scope="col">Devices</th>
              <th scope="col">Signs in with</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {participants.map((participant) => (
              <ParticipantRow
                key={participant.userId}
                processId={processId}
                participant={participant}
                self={participant.userId === selfId}
                stakeholders={stakeholders}
                onChanged={onChanged}
                onLinkMade={onLinkMade}
              />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
