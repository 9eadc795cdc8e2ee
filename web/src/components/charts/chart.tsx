// Charts load echarts on first use, so pages without a chart do not download it; and a chart is
// drawn only once its box is on screen and the browser is idle, so a page's tables and figures
// come first and a chart below the fold costs nothing until the reader scrolls to it.
import { lazy, startTransition, Suspense, useEffect, useRef, useState } from 'react';
import type { EChartProps } from './echart';

export const CHART_BLUE = '#1556b8';

const LazyEChart = lazy(() => import('./echart').then((m) => ({ default: m.EChart })));

/** Waits for the element to be on screen, then for an idle moment (at most a second). */
function useShownAndIdle(): [React.RefObject<HTMLDivElement | null>, boolean] {
  const box = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element || ready) return undefined;
    let idle: number | undefined;
    const go = () => startTransition(() => setReady(true));
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(go, { timeout: 1000 }) : window.setTimeout(go, 100);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      if (idle === undefined) return;
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
      else clearTimeout(idle);
    };
  }, [ready]);
  return [box, ready];
}

export function Chart(props: EChartProps) {
  const [box, ready] = useShownAndIdle();
  const placeholder = <div ref={box} role="img" aria-label={props.ariaLabel} aria-busy="true" style={{ width: '100%', height: props.height ?? 260 }} />;
  if (!ready) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <LazyEChart {...props} />
    </Suspense>
  );
}
