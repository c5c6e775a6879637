import type { DocumentKind } from '@plenary/shared/domain/index';
import { useEditorState, type Editor } from '@tiptap/react';
import { shortcutLabel, titleWithShortcut } from '../lib/shortcut.ts';
import { blockTypeChoices } from './blockTypes.ts';
import { selectedBlockValue } from './selectedBlockValue.ts';

interface ButtonProps {
  label: string;
  binding: string;
  icon: string;
  onClick: () => void;
  active?: boolean;
  disabled?: boolean;
}

function ToolbarButton({ label, binding, icon, onClick, active, disabled }: ButtonProps) {
  return (
    <button
      type="button"
      className="toolbar__button"
      title={titleWithShortcut(label, binding)}
      aria-label={label}
      aria-pressed={active}
      aria-keyshortcuts={binding.replace('Mod', 'Control')}
      disabled={disabled}
      // Keep the caret in the text: a click must not take focus away from the editor.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      <span aria-hidden="true">{icon}</span>
    </button>
  );
}

/** Formatting for pen-holders: marks, paragraph type, sub-point level, and Yjs undo/redo (own changes only). */
export function Toolbar({ editor, kind }: { editor: Editor; kind: DocumentKind }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      block: selectedBlockValue(current),
      canIndent: current.can().indentDraftingBlock(),
      canOutdent: current.can().outdentDraftingBlock(),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  });
  const choices = blockTypeChoices(kind);

  function chooseBlockType(value: string) {
    const choice = choices.find((candidate) => candidate.value === value);
    if (choice) editor.chain().focus().setDraftingBlock(choice.type, choice.attributes).run();
  }

  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting" data-testid="toolbar">
      <ToolbarButton label="Bold" binding="Mod-b" icon="B" active={state.bold} onClick={() => editor.chain().focus().toggleBold().run()} />
      <ToolbarButton label="Italic" binding="Mod-i" icon="I" active={state.italic} onClick={() => editor.chain().focus().toggleItalic().run()} />
      <span className="toolbar__separator" aria-hidden="true" />
      <label className="toolbar__select">
        <span className="visually-hidden">Paragraph type</span>
        <select
          value={state.block}
          onChange={(event) => chooseBlockType(event.target.value)}
          title="Paragraph type"
          data-testid="block-type"
        >
          {state.block === '' && <option value="">Mixed</option>}
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value} disabled={choice.type === 'title' && state.block !== 'title'}>
              {choice.label}
              {choice.shortcut ? `  (${shortcutLabel(choice.shortcut)})` : ''}
            </option>
          ))}
        </select>
      </label>
      <ToolbarButton label="Outdent sub-point" binding="Shift-Tab" icon="⇤" disabled={!state.canOutdent} onClick={() => editor.chain().focus().outdentDraftingBlock().run()} />
      <ToolbarButton label="Indent as sub-point" binding="Tab" icon="⇥" disabled={!state.canIndent} onClick={() => editor.chain().focus().indentDraftingBlock().run()} />
      <span className="toolbar__separator" aria-hidden="true" />
      <ToolbarButton label="Undo your last change" binding="Mod-z" icon="↶" disabled={!state.canUndo} onClick={() => editor.chain().focus().undo().run()} />
      <ToolbarButton label="Redo" binding="Mod-Shift-z" icon="↷" disabled={!state.canRedo} onClick={() => editor.chain().focus().redo().run()} />
    </div>
  );
}
