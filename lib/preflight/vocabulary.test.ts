import { createI18n } from '@wxt-dev/i18n';
import { describe, expect, it } from 'vitest';
import {
  CHECK_STATUS_MESSAGE,
  CHECK_STATUS_WORD,
  READY_FROM_RECORDS,
  READY_FROM_RECORDS_MESSAGE,
  VERDICT_MESSAGE,
  VERDICT_WORD,
  summarizeVerdicts,
  verdictKinds,
  type VerdictKind,
} from './vocabulary';

const { t } = createI18n();

describe('one vocabulary', () => {
  it.each(verdictKinds)('the %s verdict reads the same from messages.json', (kind) => {
    expect(t(VERDICT_MESSAGE[kind])).toBe(VERDICT_WORD[kind]);
  });
  it('ready from records reads the same', () => {
    expect(t(READY_FROM_RECORDS_MESSAGE)).toBe(READY_FROM_RECORDS);
  });
  it.each(Object.keys(CHECK_STATUS_WORD) as (keyof typeof CHECK_STATUS_WORD)[])(
    'the %s check status reads the same',
    (status) => {
      expect(t(CHECK_STATUS_MESSAGE[status])).toBe(CHECK_STATUS_WORD[status]);
    },
  );
});

describe('summarizeVerdicts', () => {
  it.each<[VerdictKind[], string]>([
    [[], 'No codes'],
    [['ready'], '1 ready'],
    [['ready', 'ready', 'ready', 'blocked', 'blocked'], '3 ready · 2 to remove'],
    [
      ['checking', 'not-checked', 'blocked', 'needs-fix', 'ready'],
      '1 ready · 1 to fix · 1 to remove · 1 not checked · 1 checking…',
    ],
    [['needs-fix', 'needs-fix'], '2 to fix'],
  ])('%j → %s', (kinds, line) => {
    expect(summarizeVerdicts(kinds, t)).toBe(line);
  });
});
