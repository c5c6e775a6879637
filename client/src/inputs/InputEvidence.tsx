import type { TechnicalInput } from '../api/inputs.ts';
import { formatBytes, sdgTargetTitle } from './inputText.ts';

/** An input's sources (linked), its SDG targets (described on hover) and its attachment. */
export function InputEvidence({ input }: { input: TechnicalInput }) {
  return (
    <div className="input-evidence">
      <ul className="input-evidence__sources" aria-label="Sources" data-testid="input-sources">
        {input.sources.map((source, index) => {
          const title = `${source.title}${source.publisher || source.year ? ` (${[source.publisher, source.year].filter(Boolean).join(', ')})` : ''}`;
          return (
            <li key={index} data-testid="input-source">
              {source.url ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {title}
                </a>
              ) : (
                title
              )}
              {source.ownReport && <span className="input-evidence__own"> · {input.agency.shortName} report</span>}
            </li>
          );
        })}
      </ul>
      {input.sdgTargets.length > 0 && (
        <p className="input-evidence__sdgs" data-testid="input-sdgs">
          {input.sdgTargets.map((id) => (
            <abbr key={id} className="input-evidence__sdg" title={sdgTargetTitle(id)} data-testid="input-sdg" data-target={id}>
              SDG {id}
            </abbr>
          ))}
        </p>
      )}
      {input.attachment && (
        <p className="input-evidence__attachment">
          <a href={input.attachment.url} data-testid="input-attachment">
            {input.attachment.fileName}
          </a>{' '}
          ({input.attachment.kind.toUpperCase()}, {formatBytes(input.attachment.bytes)})
        </p>
      )}
    </div>
  );
}
