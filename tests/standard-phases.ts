// The standard format's phase ids, spelled once for every test project: the public interface
// names them (docs/protocol.md), so one unit test pins the format to this list and every other
// test takes it from here.
export const STANDARD_PHASE_IDS = [
  'opening',
  'case-call',
  'presentation',
  'clarifying-questions',
  'discussion',
  'presenter-return',
  'closing',
] as const;
