import type { DocumentKind } from '@plenary/shared/domain/index';
import { BRACKET_SHORTCUT } from '@plenary/shared/schema/index';
import { useEditorState, type Editor } from '@tiptap/react';
import { shortcutLabel, titleWithShortcut } from '../lib/shortcut.ts';
import { blockTypeChoices } from './blockTypes.ts';
import { selectedBlockValue } from './selectedBlockValue.ts';
import { ToolbarMoreMenu } from './ToolbarMoreMenu.tsx';

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

/**
 * Formatting for pen-holders: marks, paragraph type, and Yjs undo (own changes only) on one row; sub-point
 * level and redo, which have keys of their own (Tab, Shift+Tab, Ctrl+Shift+Z), in the "More" menu.
 */
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
      canBracket: current.can().bracketSelection(),
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
      <ToolbarButton
        label="Italic"
        binding="Mod-i"
        icon="I"
        active={state.italic}
        onClick={() => editor.chain().focus().toggleItalic().run()}
      />
      <ToolbarButton
        label="Bracket the selected words"
        binding={BRACKET_SHORTCUT}
        icon="[ ]"
        disabled={!state.canBracket}
        onClick={() => editor.chain().focus().bracketSelection().run()}
      />
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
      <span className="toolbar__separator" aria-hidden="true" />
      <ToolbarButton
        label="Undo your last change"
        binding="Mod-z"
        icon="↶"
        disabled={!state.canUndo}
        onClick={() => editor.chain().focus().undo().run()}
      />
      <ToolbarMoreMenu
        items={[
          {
            label: 'Indent as sub-point',
            binding: 'Tab',
            icon: '⇥',
            disabled: !state.canIndent,
            run: () => editor.chain().focus().indentDraftingBlock().run(),
          },
          {
            label: 'Outdent sub-point',
            binding: 'Shift-Tab',
            icon: '⇤',
            disabled: !state.canOutdent,
            run: () => editor.chain().focus().outdentDraftingBlock().run(),
          },
          { label: 'Redo', binding: 'Mod-Shift-z', icon: '↷', disabled: !state.canRedo, run: () => editor.chain().focus().redo().run() },
        ]}
      />
    </div>
  );
}
