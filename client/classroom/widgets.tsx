import qrcode from 'qrcode-generator';
import { useMemo } from 'react';
import type { TimerInfo } from './api';
import { clock, useSecondsLeft } from './hooks';

/** A QR code as inline SVG (qrcode-generator computes the modules; we draw them). */
export function QrCode({ text, size = 220, label }: { text: string; size?: number; label: string }) {
  const { count, path } = useMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(text);
    qr.make();
    const n = qr.getModuleCount();
    let d = '';
    for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.isDark(r, c)) d += `M${c + 4} ${r + 4}h1v1h-1z`;
    return { count: n + 8, path: d };
  }, [text]);
  return (
    <svg className="qr" width={size} height={size} viewBox={`0 0 ${count} ${count}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={count} height={count} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

/** Tension over the rounds at a glance (0–10); the last value is drawn as a dot, red from 8. */
export function Sparkline({ values, width = 120, height = 32, label }: { values: number[]; width?: number; height?: number; label: string }) {
  if (values.length === 0) return <span className="muted">—</span>;
  const step = values.length > 1 ? (width - 6) / (values.length - 1) : 0;
  const y = (v: number) => 3 + (1 - v / 10) * (height - 6);
  const points = values.map((v, i) => `${3 + i * step},${y(v)}`).join(' ');
  const last = values[values.length - 1]!;
  return (
    <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${label}: ${values.join(', ')}`}>
      <line x1={0} x2={width} y1={y(8)} y2={y(8)} className="spark-danger" />
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth={2} />
      <circle cx={3 + (values.length - 1) * step} cy={y(last)} r={3} className={last >= 8 ? 'spark-hot' : 'spark-dot'} />
    </svg>
  );
}

export function TimerBadge({ timer, big = false }: { timer: TimerInfo | null | undefined; big?: boolean }) {
  const left = useSecondsLeft(timer);
  if (timer?.paused)
    return (
      <span className={`class-timer paused${big ? ' big' : ''}`} role="status">
        Paused
      </span>
    );
  if (left === null) return <span className={`class-timer none${big ? ' big' : ''}`}>no timer</span>;
  return (
    <span className={`class-timer${left <= 15 ? ' urgent' : ''}${big ? ' big' : ''}`} role="timer" aria-label={`${left} seconds left`}>
      {clock(left)}
    </span>
  );
}

export const PHASE_LABELS: Record<string, string> = { crisis: 'Crisis', diplomacy: 'Diplomacy', orders: 'Orders', over: 'Game over' };
