import { useCallback, useEffect, useState } from 'react';

export type FontScale = 'normal' | 'large';
const STORAGE_KEY = 'plenary.fontScale';

function storedScale(): FontScale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'large' ? 'large' : 'normal';
  } catch {
    return 'normal';
  }
}

/** Larger type for the projector in the room; remembered per browser. */
export function useFontScale(): [FontScale, (scale: FontScale) => void] {
  const [scale, setScale] = useState<FontScale>(storedScale);

  useEffect(() => {
    document.documentElement.dataset.fontScale = scale;
  }, [scale]);

  const choose = useCallback((next: FontScale) => {
    setScale(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice simply lasts for this page.
    }
  }, []);

  return [scale, choose];
}
