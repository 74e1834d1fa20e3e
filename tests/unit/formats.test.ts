// The formats and the flag catalog are data the whole product leans on: the standard format's ids
// are part of the public contract, and every format must be usable for a second case.
import { describe, expect, test } from 'vitest';
import { phaseEditSchema } from '../../shared/commands';
import { FLAG_CATALOG, FLAG_KINDS } from '../../shared/flags';
import { DEFAULT_FORMAT_ID, findFormat, FORMATS } from '../../shared/templates';
import { STANDARD_PHASE_IDS } from './meeting';

describe('formats', () => {
  test('have unique ids and include the default, standard', () => {
    const ids = FORMATS.map((format) => format.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('standard');
    expect(DEFAULT_FORMAT_ID).toBe('standard');
    expect(findFormat('standard')).toBe(FORMATS.find((format) => format.id === 'standard'));
    expect(findFormat('no-such-format')).toBeUndefined();
  });

  test('ship the templates the design names', () => {
    expect(FORMATS.length).toBeGreaterThanOrEqual(6);
  });

  describe.each(FORMATS.map((format) => [format.id, format] as const))('%s', (_id, format) => {
    test('has a title, a description and phases', () => {
      expect(format.title.trim()).not.toBe('');
      expect(format.description.trim()).not.toBe('');
      expect(format.phases.length).toBeGreaterThan(0);
    });

    test('has unique phase ids', () => {
      const ids = format.phases.map((phase) => phase.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    test('has phases with titles, prompts and positive whole-second durations', () => {
      for (const phase of format.phases) {
        expect(phase.id).toMatch(/^[a-z0-9][a-z0-9-]{0,39}$/);
        expect(phase.title.trim()).not.toBe('');
        expect(phase.prompt.trim()).not.toBe('');
        expect(Number.isInteger(phase.durationSec)).toBe(true);
        expect(phase.durationSec).toBeGreaterThan(0);
      }
    });

    test('can be edited and sent back as it is: every phase fits the editing limits', () => {
      for (const phase of format.phases) expect(phaseEditSchema.safeParse(phase).success).toBe(true);
    });

    // A professional-development format has its own frame: no case, so no case call.
    test.runIf(format.phases.every((phase) => phase.frame !== 'development'))('has a case call, so a second case can start', () => {
      expect(format.phases.map((phase) => phase.id)).toContain('case-call');
    });
  });

  test('standard follows the contract: ids, order and default minutes', () => {
    const standard = findFormat('standard')!;
    expect(standard.phases.map((phase) => phase.id)).toEqual([...STANDARD_PHASE_IDS]);
    expect(standard.phases.map((phase) => phase.durationSec / 60)).toEqual([3, 2, 8, 5, 20, 5, 2]);
  });

  test('in the standard format the presenter steps back for the discussion and returns after it', () => {
    const roles = Object.fromEntries(findFormat('standard')!.phases.map((p) => [p.id, p.presenterRole]));
    expect(roles).toMatchObject({ discussion: 'listens', 'presenter-return': 'returns' });
  });

  test('in the UK classic format the presenter never steps back', () => {
    expect(findFormat('uk-classic')!.phases.every((phase) => phase.presenterRole !== 'listens')).toBe(true);
  });
});

describe('flag catalog', () => {
  test('has exactly the 17 kinds of the design and the development frame\'s complaint spiral', () => {
    expect(FLAG_KINDS).toHaveLength(18);
    expect(new Set(FLAG_KINDS).size).toBe(18);
    expect(Object.keys(FLAG_CATALOG).sort()).toEqual([...FLAG_KINDS].sort());
  });

  test.each(FLAG_KINDS)('%s has a label, what it sounds like and a redirect for the room', (kind) => {
    const info = FLAG_CATALOG[kind];
    expect(info.kind).toBe(kind);
    expect(info.label.trim()).not.toBe('');
    expect(info.soundsLike.trim()).not.toBe('');
    if (kind === 'safety-concern') expect(info.redirect).toBeNull();
    else {
      expect(info.redirect?.trim()).toBeTruthy();
      // A redirect is shown to the whole room: it must fit a notice.
      expect(info.redirect!.length).toBeLessThanOrEqual(200);
    }
  });

  test('only a safety concern goes without a room notice', () => {
    expect(FLAG_KINDS.filter((kind) => FLAG_CATALOG[kind].redirect === null)).toEqual(['safety-concern']);
  });
});
