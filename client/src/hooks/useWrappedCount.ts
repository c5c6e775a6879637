import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * How many children of a one-line wrapping list have wrapped past its first line, where it clips them:
 * the ones that do not fit. Measured again whenever the list is resized or `content` changes.
 */
export function useWrappedCount(list: RefObject<HTMLElement | null>, content: unknown): number {
  const [wrapped, setWrapped] = useState(0);

  useLayoutEffect(() => {
    const element = list.current;
    if (!element) return;
    const measure = () => {
      const items = [...element.children] as HTMLElement[];
      const firstLine = items[0]?.offsetTop ?? 0;
      const firstWrapped = items.findIndex((item) => item.offsetTop > firstLine);
      setWrapped(firstWrapped < 0 ? 0 : items.length - firstWrapped);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [list, content]);

  return wrapped;
}
