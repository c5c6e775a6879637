import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { getGroupMembers, setGroupMembers } from '../api/admin.ts';
import type { StakeholderOption } from '../api/proposals.ts';
import { StateMessage } from '../components/StateMessage.tsx';
import { findStakeholder } from './capacity.ts';
import { messageOf } from './problems.ts';
import { StakeholderInput } from './StakeholderInput.tsx';

interface Props {
  stakeholders: readonly StakeholderOption[];
}

const MEMBER_KINDS = ['member-state'] as const;
const sameMembers = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * Which member states a group (the EU, the G77 and China, the African Group…) speaks for: a delegate of a member
 * reads what is shared with the group. Edited here, saved as a whole.
 */
export function GroupMembersEditor({ stakeholders }: Props) {
  const ids = { title: useId(), group: useId() };
  const groups = useMemo(() => stakeholders.filter((s) => s.kind === 'group'), [stakeholders]);
  const byId = useMemo(() => new Map(stakeholders.map((s) => [s.id, s])), [stakeholders]);
  const [groupId, setGroupId] = useState('');
  const [saved, setSaved] = useState<string[] | null>(null);
  const [members, setMembers] = useState<string[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [adding, setAdding] = useState('');
  const [addError, setAddError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const group = byId.get(groupId);
  const changed = saved !== null && !sameMembers(saved, members);

  const choose = (id: string) => {
    setGroupId(id);
    setSaved(null);
    setMembers([]);
    setLoadError(null);
    setNotice(null);
    setAdding('');
    setAddError(undefined);
  };

  useEffect(() => {
    if (!groupId) return;
    const controller = new AbortController();
    getGroupMembers(groupId, controller.signal).then(
      (answer) => {
        const memberIds = answer.members.map((m) => m.id);
        setSaved(memberIds);
        setMembers(memberIds);
      },
      (failure: unknown) => {
        if (!controller.signal.aborted) setLoadError(messageOf(failure));
      },
    );
    return () => controller.abort();
  }, [groupId, attempt]);

  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  const sorted = [...members].sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'en'));

  const add = (event: FormEvent) => {
    event.preventDefault();
    const state = findStakeholder(adding, stakeholders, MEMBER_KINDS);
    if (!state) {
      setAddError(adding.trim() ? `No member state is called “${adding.trim()}”.` : 'Type the name of a member state.');
      return;
    }
    if (members.includes(state.id)) {
      setAddError(`${state.name} is already a member.`);
      return;
    }
    setMembers((all) => [...all, state.id]);
    setAdding('');
    setAddError(undefined);
    setNotice({ kind: 'done', text: `${state.name} added; save to keep it.` });
  };

  const remove = (id: string) => {
    setMembers((all) => all.filter((member) => member !== id));
    setNotice({ kind: 'done', text: `${nameOf(id)} removed; save to keep it.` });
  };

  const save = async () => {
    if (!group || saving) return;
    setSaving(true);
    setNotice(null);
    try {
      const answer = await setGroupMembers(group.id, members);
      const memberIds = answer.members.map((m) => m.id);
      setSaved(memberIds);
      setMembers(memberIds);
      setNotice({
        kind: 'done',
        text: `Saved: ${group.name} has ${memberIds.length === 1 ? '1 member state' : `${memberIds.length} member states`}.`,
      });
    } catch (failure) {
      setNotice({ kind: 'error', text: `Not saved: ${messageOf(failure)}` });
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="participants__section" aria-labelledby={ids.title} data-testid="group-members">
      <h2 id={ids.title} className="section-title">
        Group memberships
      </h2>
      <p className="participants__hint">
        A group’s delegates speak for its member states, and each member’s delegates read what is shared with the group.
      </p>
      <div className="participants-form__field">
        <label htmlFor={ids.group}>Group</label>
        <select
          id={ids.group}
          value={groupId}
          onChange={(event) => {
            if (changed && !window.confirm(`Leave the unsaved changes to ${group?.name ?? 'this group'}?`)) return;
            choose(event.target.value);
          }}
          data-testid="group-select"
        >
          <option value="">Choose a group…</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </div>

      {group && loadError && (
        <StateMessage
          kind="error"
          action={{
            label: 'Try again',
            onClick: () => {
              setLoadError(null);
              setAttempt((n) => n + 1);
            },
          }}
        >
          The members of {group.name} could not be read: {loadError}
        </StateMessage>
      )}
      {group && !loadError && saved === null && <StateMessage kind="loading">Reading the members of {group.name}…</StateMessage>}
      {group && saved !== null && (
        <div className="group-members" aria-busy={saving || undefined}>
          <h3 className="group-members__title" data-testid="group-member-count">
            {group.name}: {members.length === 1 ? '1 member state' : `${members.length} member states`}
            {changed ? ' (not saved)' : ''}
          </h3>
          {sorted.length === 0 ? (
            <p>No member states yet.</p>
          ) : (
            <ul className="group-members__list" data-testid="group-member-list">
              {sorted.map((id) => (
                <li key={id} data-testid="group-member" data-id={id}>
                  <span>{nameOf(id)}</span>{' '}
                  <button
                    type="button"
                    className="link-button"
                    disabled={saving}
                    aria-label={`Remove ${nameOf(id)} from ${group.name}`}
                    onClick={() => remove(id)}
                    data-testid="group-member-remove"
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )}
          <form
            className="participants-form participants-form--inline"
            onSubmit={add}
            noValidate
            aria-label={`Add a member state to ${group.name}`}
          >
            <StakeholderInput
              label="Member state to add"
              value={adding}
              onChange={(text) => {
                setAdding(text);
                setAddError(undefined);
              }}
              stakeholders={stakeholders}
              kinds={MEMBER_KINDS}
              error={addError}
              field="memberIds"
              disabled={saving}
              placeholder="Type a state: Kenya, Peru…"
              testId="group-member-add-input"
            />
            <div className="participants-form__buttons">
              <button type="submit" className="button button--secondary button--small" disabled={saving} data-testid="group-member-add">
                Add
              </button>
            </div>
          </form>
          <p className="participants__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={!changed || saving}
              onClick={() => void save()}
              data-testid="group-save"
            >
              {saving ? 'Saving…' : 'Save the members'}
            </button>{' '}
            <button type="button" className="button button--secondary" disabled={!changed || saving} onClick={() => setMembers(saved)}>
              Undo the changes
            </button>
          </p>
        </div>
      )}
      <p
        aria-live="polite"
        className={notice?.kind === 'error' ? 'participants__error' : 'participants__notice'}
        data-testid="group-notice"
      >
        {notice?.text ?? ''}
      </p>
    </section>
  );
}
