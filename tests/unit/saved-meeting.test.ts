// The state says `formatId`, the saved JSON keeps the key `format`: meetings saved before the
// rename, and meetings saved now, read back the same.
import { describe, expect, test } from 'vitest';
import { restoreSaved, toSaved } from '../../shared/meeting-start';
import { newMeeting } from './meeting';

describe('a saved meeting', () => {
  test('keeps the key `format` on disk', () => {
    const saved = JSON.parse(JSON.stringify(toSaved(newMeeting('uk-classic'))));
    expect(saved.format).toBe('uk-classic');
    expect(saved).not.toHaveProperty('formatId');
  });

  test('saved by an earlier version (key `format`) restores with its format id', () => {
    const { formatId, ...rest } = newMeeting('uk-classic');
    const old = JSON.parse(JSON.stringify({ ...rest, format: formatId }));
    const restored = restoreSaved(old);
    expect(restored.formatId).toBe('uk-classic');
    expect(restored).not.toHaveProperty('format');
    expect(restored).toEqual(newMeeting('uk-classic'));
  });

  test('round-trips unchanged', () => {
    const meeting = newMeeting();
    expect(restoreSaved(JSON.parse(JSON.stringify(toSaved(meeting))))).toEqual(meeting);
  });
});
