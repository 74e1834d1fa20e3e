// One case on a time axis: each phase's plan (outline) against each stretch it ran (fill, amber
// past the plan; a pause or a revisit is the gap between two), flags as diamonds where and when
// they were raised, a takeover as a dashed line. Drawn in rem, so its text follows the reader's
// text size. An image for the eye; the table beside it carries the same figures for everyone else.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Report } from '../../../shared/report';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { clockTime, duration } from '../../time';
import { roundStart, flagLabel, phaseReach, type RoundRow } from '../../record';

/** The chart's shape in rem: it follows the reader's text size, as the page around it does. */
const GEOMETRY = {
  right: 1.75,
  top: 0.5,
  row: 2.25,
  axis: 3,
  label: 13,
  /** The narrowest the chart gets before it scrolls sideways. */
  minWidth: 40,
  /** Label text, as .timeline text sets it in the stylesheet. */
  font: 0.8125,
};
const TICK_MINUTES = [1, 2, 5, 10, 15, 20, 30, 60];

/**
 * A phase's title on at most two lines of the label column, broken between words: a long title
 * (German runs long) is read whole rather than cut after its first words. Only a title longer than
 * both lines is shortened, and its full text is the label's tooltip.
 */
function labelLines(title: string, lineChars: number): string[] {
  if (title.length <= lineChars) return [title];
  const words = title.split(' ');
  let first = '';
  while (words.length > 0 && `${first} ${words[0]}`.trim().length <= lineChars) first = `${first} ${words.shift()}`.trim();
  if (first === '') first = words.shift()!;
  const rest = words.join(' ');
  const second = rest.length > lineChars ? `${rest.slice(0, lineChars - 1)}…` : rest;
  return second ? [first.length > lineChars ? `${first.slice(0, lineChars - 1)}…` : first, second] : [first];
}

/**
 * The width the chart has and the size of a rem, in CSS pixels: the chart is drawn one unit to a
 * pixel (no viewBox scaling), so its text is as large as the reader's text size makes it. A text-size
 * change need not change the box's width (a phone's full-width page), so a one-rem marker inside the
 * box is watched too: it resizes whenever the rem does.
 */
function useChartBox(): [(element: HTMLDivElement | null) => void, { width: number; rem: number }] {
  const [box, setBox] = useState({ width: 0, rem: 16 });
  const observer = useRef<ResizeObserver | null>(null);
  const measure = useCallback((element: HTMLDivElement | null) => {
    observer.current?.disconnect();
    if (!element) return;
    const read = () => {
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      const width = element.clientWidth;
      setBox((old) => (old.width === width && old.rem === rem ? old : { width, rem }));
    };
    read();
    observer.current = new ResizeObserver(read);
    observer.current.observe(element);
    const remMarker = element.querySelector('.timeline-box__rem');
    if (remMarker) observer.current.observe(remMarker);
  }, []);
  useEffect(() => () => observer.current?.disconnect(), []);
  return [measure, box];
}

/** A phase's stretches on the axis (seconds from the case's start), or its one block in older records. */
function stretchesOf(row: RoundRow, start: number): { from: number; seconds: number }[] {
  const { phase } = row;
  if (phase.runs && phase.runs.length > 0) {
    return phase.runs.map((run) => ({ from: (run.from - start) / 1000, seconds: (run.to - run.from) / 1000 }));
  }
  return row.ranFrom !== null && phase.actualSec > 0 ? [{ from: row.ranFrom, seconds: phase.actualSec }] : [];
}

/** Each stretch as its part within the plan and its part over it, counted along the phase's time. */
function fillsOf(stretches: { from: number; seconds: number }[], plannedSec: number) {
  let spent = 0;
  return stretches.map(({ from, seconds }) => {
    const within = Math.min(seconds, Math.max(0, plannedSec - spent));
    spent += seconds;
    return { from, within, over: seconds - within };
  });
}

interface TimelineProps {
  report: Report;
  index: number;
  rows: RoundRow[];
}

export function Timeline(props: TimelineProps) {
  const [measure, box] = useChartBox();
  return (
    <div className="timeline-box" ref={measure}>
      <span className="timeline-box__rem" aria-hidden="true" />
      {box.width > 0 && <TimelineChart {...props} width={Math.max(box.width, GEOMETRY.minWidth * box.rem)} rem={box.rem} />}
    </div>
  );
}

function TimelineChart({ report, index, rows, width: WIDTH, rem }: TimelineProps & { width: number; rem: number }) {
  const { t } = useTranslation('console');
  const lang = useLanguage();
  const round = report.rounds[index]!;
  const start = roundStart(round);
  if (start === null || rows.length === 0) return null;

  const LABEL = Math.min(GEOMETRY.label * rem, WIDTH * 0.35);
  const RIGHT = GEOMETRY.right * rem;
  const TOP = GEOMETRY.top * rem;
  const ROW = GEOMETRY.row * rem;
  const AXIS = GEOMETRY.axis * rem;
  const PLOT = WIDTH - LABEL - RIGHT;
  const fontPx = GEOMETRY.font * rem;
  const lineChars = Math.max(8, Math.floor((LABEL - 0.75 * rem) / (0.6 * fontPx)));

  const flags = report.flags.filter((flag) => flag.round === index);
  const flagAt = (at: number) => (at - start) / 1000;
  const leadership = leadershipIn(report, index);
  const stretches = rows.map((row) => stretchesOf(row, start));

  const plannedTotal = rows.reduce((sum, row) => sum + row.phase.plannedSec, 0);
  const actualTotal = rows.reduce((sum, row) => sum + row.phase.actualSec, 0);
  const span = Math.max(
    60,
    plannedTotal,
    ...stretches.flat().map((stretch) => stretch.from + stretch.seconds),
    ...flags.map((flag) => flagAt(flag.raisedAt)),
    ...leadership.map((change) => flagAt(change.at)),
  );
  const x = (seconds: number) => LABEL + (Math.max(0, seconds) / span) * PLOT;
  const width = (seconds: number) => (Math.max(0, seconds) / span) * PLOT;
  const step = (TICK_MINUTES.find((minutes) => (span / 60) / minutes <= Math.max(3, PLOT / (5 * rem))) ?? 120) * 60;
  const ticks = Array.from({ length: Math.floor(span / step) + 1 }, (_, tick) => tick * step);
  const height = TOP + rows.length * ROW + AXIS;
  const axisY = TOP + rows.length * ROW;
  const rowOf = (phaseId: string) => rows.findIndex((row) => row.phase.id === phaseId);
  const flagSize = 0.45 * rem;

  return (
    <svg
      className="timeline"
      width={WIDTH}
      height={height}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={t('debrief.chartLabel', {
        number: index + 1,
        planned: Math.round(plannedTotal / 60),
        actual: Math.round(actualTotal / 60),
        phases: rows.length,
        count: flags.length,
      })}
    >
      {ticks.map((tick) => (
        <g key={tick}>
          <line className="timeline__grid" x1={x(tick)} x2={x(tick)} y1={TOP} y2={axisY} />
          <text className="timeline__tick" x={x(tick)} y={axisY + 1.15 * rem} textAnchor="middle">
            {Math.round(tick / 60)}
          </text>
        </g>
      ))}
      <text className="timeline__axis-title" x={LABEL + PLOT / 2} y={axisY + 2.5 * rem} textAnchor="middle">
        {t('debrief.axis')}
      </text>
      <line className="timeline__axis" x1={LABEL} x2={LABEL + PLOT} y1={axisY} y2={axisY} />

      {rows.map((row, position) => {
        const top = TOP + position * ROW;
        const { phase } = row;
        const reach = phaseReach(rows, position);
        const lines = labelLines(phase.title, lineChars);
        const lineHeight = 1.1 * fontPx;
        return (
          <g key={`${phase.id}-${position}`}>
            <text
              className={`timeline__label timeline__label--${reach}`}
              x={LABEL - 0.6 * rem}
              y={top + ROW / 2 + 0.35 * fontPx - ((lines.length - 1) * lineHeight) / 2}
              textAnchor="end"
            >
              <title>{phase.title}</title>
              {lines.map((line, number) => (
                <tspan key={number} x={LABEL - 0.6 * rem} dy={number === 0 ? 0 : lineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
            <rect
              className={`timeline__planned timeline__planned--${reach}`}
              x={x(row.plannedFrom)}
              y={top + 0.3 * rem}
              width={Math.max(1, width(phase.plannedSec))}
              height={ROW - 0.6 * rem}
              rx={0.25 * rem}
            >
              <title>{`${phase.title}: ${t('debrief.planned').toLowerCase()} ${duration(phase.plannedSec)}`}</title>
            </rect>
            {/* One fill per stretch the clock ran: a pause or a revisit shows as the gap between. */}
            {fillsOf(stretches[position]!, phase.plannedSec).map((fill, number) => (
              <g key={number} className="timeline__run">
                <title>{`${phase.title}: ${t('debrief.actual').toLowerCase()} ${duration(phase.actualSec)}, ${clockTime(start + fill.from * 1000, lang)}`}</title>
                {fill.within > 0 && (
                  <rect className="timeline__actual" x={x(fill.from)} y={top + 0.7 * rem} width={Math.max(1, width(fill.within))} height={ROW - 1.4 * rem} />
                )}
                {fill.over > 0 && (
                  <rect
                    className="timeline__over"
                    x={x(fill.from + fill.within)}
                    y={top + 0.7 * rem}
                    width={Math.max(1, width(fill.over))}
                    height={ROW - 1.4 * rem}
                  />
                )}
              </g>
            ))}
          </g>
        );
      })}

      {leadership.map((change) => (
        <line
          key={change.at}
          className="timeline__leadership"
          x1={x(flagAt(change.at))}
          x2={x(flagAt(change.at))}
          y1={TOP}
          y2={axisY}
        >
          <title>{`${change.event === 'takeover' ? t('debrief.takeover') : t('debrief.handback')}, ${clockTime(change.at, lang)}`}</title>
        </line>
      ))}

      {flags.map((flag, position) => {
        const row = rowOf(flag.phaseId);
        const cx = x(flagAt(flag.raisedAt));
        const cy = row >= 0 ? TOP + row * ROW + ROW / 2 : axisY;
        return (
          <g key={position}>
            <line className="timeline__flag-tick" x1={cx} x2={cx} y1={axisY - 0.4 * rem} y2={axisY + 0.25 * rem} />
            <path
              className="timeline__flag"
              d={`M ${cx} ${cy - flagSize} L ${cx + flagSize} ${cy} L ${cx} ${cy + flagSize} L ${cx - flagSize} ${cy} Z`}
            >
              <title>{`${flagLabel(flag.kind, lang)}, ${clockTime(flag.raisedAt, lang)}`}</title>
            </path>
          </g>
        );
      })}
    </svg>
  );
}

/** The leadership changes within a case: a takeover and a handback show as dashed lines. */
export function leadershipIn(report: Report, index: number): Report['leadership'] {
  const start = roundStart(report.rounds[index]!);
  if (start === null) return [];
  const next = report.rounds[index + 1];
  const end = next ? roundStart(next) : report.endedAt;
  return report.leadership.filter((change) => change.at >= start && (end === null || change.at <= end));
}

export function TimelineLegend({ leadership }: { leadership: boolean }) {
  const { t } = useTranslation('console');
  return (
    <ul className="timeline-legend" aria-hidden="true">
      <li>
        <span className="timeline-legend__swatch timeline-legend__swatch--planned" />
        {t('debrief.legendPlanned')}
      </li>
      <li>
        <span className="timeline-legend__swatch timeline-legend__swatch--actual" />
        {t('debrief.legendActual')}
      </li>
      <li>
        <span className="timeline-legend__swatch timeline-legend__swatch--over" />
        {t('debrief.legendOver')}
      </li>
      <li>
        <span className="timeline-legend__swatch timeline-legend__swatch--flag" />
        {t('debrief.legendFlag')}
      </li>
      {leadership && (
        <li>
          <span className="timeline-legend__swatch timeline-legend__swatch--leadership" />
          {t('debrief.legendLeadership')}
        </li>
      )}
    </ul>
  );
}
