// Typed keys: t('join.name') compiles, t('join.nmae') does not; plural keys are asked for without
// their _one/_other ending, with a count. `base` is every namespace's fallback, so a surface's t
// reaches the common words without a prefix.
import 'i18next';
import type { BaseWords, ConsoleWords, RecordWords, RoomWords } from './words';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'base';
    fallbackNS: 'base';
    resources: { base: BaseWords; room: RoomWords; console: ConsoleWords; record: RecordWords };
  }
}
