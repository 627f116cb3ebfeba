import { type RefObject, useEffect, useRef } from 'react';

/**
 * Keeps a scrolling transcript at its newest message whenever `change` changes, unless the reader
 * has scrolled up to read: then it stays where they are until they scroll back down.
 */
export function useAutoScroll(ref: RefObject<HTMLElement | null>, change: unknown): void {
  const stick = useRef(true);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onScroll = () => {
      stick.current = element.scrollHeight - element.scrollTop - element.clientHeight < 80;
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => element.removeEventListener('scroll', onScroll);
  }, [ref]);
  useEffect(() => {
    const element = ref.current;
    if (element && stick.current && change !== undefined) element.scrollTop = element.scrollHeight;
  }, [ref, change]);
}
