// One case on a time axis: each phase's plan (outline) against the time it ran (fill, amber past
// the plan), flags as diamonds where and when they were raised, a takeover as a dashed line. An
// image for the eye; the table beside it carries the same figures for everyone else.
import type { Report } from '../../../shared/report';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { clockTime, duration } from '../../time';
import { caseStart, flagLabel, phaseReach, type CaseRow } from '../../record';

const WIDTH = 880;
const LABEL = 210;
const RIGHT = 28;
const TOP = 8;
const ROW = 34;
const AXIS = 48;
const PLOT = WIDTH - LABEL - RIGHT;
const TICK_MINUTES = [1, 2, 5, 10, 15, 20, 30, 60];

const LINE_CHARS = 27;

/**
 * A phase's title on at most two lines of the label column, broken between words: a long title
 * (German runs long) is read whole rather than cut after its first words. Only a title longer than
 * both lines is shortened, and its full text is the label's tooltip.
 */
function labelLines(title: string): string[] {
  if (title.length <= LINE_CHARS) return [title];
  const words = title.split(' ');
  let first = '';
  while (words.length > 0 && `${first} ${words[0]}`.trim().length <= LINE_CHARS) first = `${first} ${words.shift()}`.trim();
  if (first === '') first = words.shift()!;
  const rest = words.join(' ');
  const second = rest.length > LINE_CHARS ? `${rest.slice(0, LINE_CHARS - 1)}…` : rest;
  return second ? [first.length > LINE_CHARS ? `${first.slice(0, LINE_CHARS - 1)}…` : first, second] : [first];
}

interface TimelineProps {
  report: Report;
  index: number;
  rows: CaseRow[];
}

export function Timeline({ report, index, rows }: TimelineProps) {
  const { t } = useTranslation('console');
  const lang = useLanguage();
  const round = report.rounds[index]!;
  const start = caseStart(round);
  if (start === null || rows.length === 0) return null;

  const flags = report.flags.filter((flag) => flag.round === index);
  const flagAt = (at: number) => (at - start) / 1000;
  const leadership = leadershipIn(report, index);

  const plannedTotal = rows.reduce((sum, row) => sum + row.phase.plannedSec, 0);
  const actualTotal = rows.reduce((sum, row) => sum + row.phase.actualSec, 0);
  const span = Math.max(
    60,
    plannedTotal,
    ...rows.map((row) => (row.ranFrom ?? 0) + row.phase.actualSec),
    ...flags.map((flag) => flagAt(flag.raisedAt)),
    ...leadership.map((change) => flagAt(change.at)),
  );
  const x = (seconds: number) => LABEL + (Math.max(0, seconds) / span) * PLOT;
  const width = (seconds: number) => (Math.max(0, seconds) / span) * PLOT;
  const step = (TICK_MINUTES.find((minutes) => (span / 60) / minutes <= 9) ?? 120) * 60;
  const ticks = Array.from({ length: Math.floor(span / step) + 1 }, (_, tick) => tick * step);
  const height = TOP + rows.length * ROW + AXIS;
  const axisY = TOP + rows.length * ROW;
  const rowOf = (phaseId: string) => rows.findIndex((row) => row.phase.id === phaseId);

  return (
    <svg
      className="timeline"
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
          <text className="timeline__tick" x={x(tick)} y={axisY + 18} textAnchor="middle">
            {Math.round(tick / 60)}
          </text>
        </g>
      ))}
      <text className="timeline__axis-title" x={LABEL + PLOT / 2} y={axisY + 40} textAnchor="middle">
        {t('debrief.axis')}
      </text>
      <line className="timeline__axis" x1={LABEL} x2={LABEL + PLOT} y1={axisY} y2={axisY} />

      {rows.map((row, position) => {
        const top = TOP + position * ROW;
        const { phase } = row;
        const within = Math.min(phase.actualSec, phase.plannedSec);
        const over = Math.max(0, phase.actualSec - phase.plannedSec);
        const reach = phaseReach(rows, position);
        const lines = labelLines(phase.title);
        return (
          <g key={`${phase.id}-${position}`}>
            <text
              className={`timeline__label timeline__label--${reach}`}
              x={LABEL - 10}
              y={top + ROW / 2 + 5 - (lines.length - 1) * 7}
              textAnchor="end"
            >
              <title>{phase.title}</title>
              {lines.map((line, number) => (
                <tspan key={number} x={LABEL - 10} dy={number === 0 ? 0 : 14}>
                  {line}
                </tspan>
              ))}
            </text>
            <rect
              className={`timeline__planned timeline__planned--${reach}`}
              x={x(row.plannedFrom)}
              y={top + 5}
              width={Math.max(1, width(phase.plannedSec))}
              height={ROW - 10}
              rx={4}
            >
              <title>{`${phase.title}: ${t('debrief.planned').toLowerCase()} ${duration(phase.plannedSec)}`}</title>
            </rect>
            {row.ranFrom !== null && phase.actualSec > 0 && (
              <g>
                <title>{`${phase.title}: ${t('debrief.actual').toLowerCase()} ${duration(phase.actualSec)}`}</title>
                <rect className="timeline__actual" x={x(row.ranFrom)} y={top + 11} width={Math.max(1, width(within))} height={ROW - 22} />
                {over > 0 && (
                  <rect
                    className="timeline__over"
                    x={x(row.ranFrom + within)}
                    y={top + 11}
                    width={Math.max(1, width(over))}
                    height={ROW - 22}
                  />
                )}
              </g>
            )}
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
        const size = 7;
        return (
          <g key={position}>
            <line className="timeline__flag-tick" x1={cx} x2={cx} y1={axisY - 6} y2={axisY + 4} />
            <path
              className="timeline__flag"
              d={`M ${cx} ${cy - size} L ${cx + size} ${cy} L ${cx} ${cy + size} L ${cx - size} ${cy} Z`}
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
  const start = caseStart(report.rounds[index]!);
  if (start === null) return [];
  const next = report.rounds[index + 1];
  const end = next ? caseStart(next) : report.endedAt;
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
