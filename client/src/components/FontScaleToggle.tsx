import { useFontScale } from '../hooks/useFontScale.ts';

/** A / A+ : normal text, or larger text for a projector. */
export function FontScaleToggle() {
  const [scale, setScale] = useFontScale();
  return (
    <div className="font-scale" role="group" aria-label="Text size">
      <button
        type="button"
        className="font-scale__option"
        aria-pressed={scale === 'normal'}
        title="Normal text size"
        onClick={() => setScale('normal')}
      >
        A
      </button>
      <button
        type="button"
        className="font-scale__option font-scale__option--large"
        aria-pressed={scale === 'large'}
        title="Large text, for projection"
        onClick={() => setScale('large')}
      >
        A+
      </button>
    </div>
  );
}
