import { defineRule } from '../../server/src/engine/rule';

/** Time-boxed exceptions are how audits expect risk acceptance to work; an expired one must resurface. */
export default defineRule({
  meta: {
    id: 'SL003',
    slug: 'suppression-expired',
    kind: 'any',
    title: 'Suppressions must not be expired or undated wrongly',
    controls: ['CC7.3'],
    severity: 'warning',
    description: 'A suppression with `until=YYYY-MM-DD` stops applying after that day; the findings it covered are reported again. An `until=` that is not a valid date suppresses nothing.',
    remediation: 'Fix the underlying problem, or renew the exception with a new date and reason after review.',
    fix: 'none',
    messages: {
      expired: 'Suppression of {{ids}} expired on {{until}}; its findings are reported again.',
      invalidDate: 'Suppression date "{{until}}" is not a valid YYYY-MM-DD date; the suppression is ignored.',
    },
  },
  check(ctx) {
    for (const d of ctx.directives) {
      if (d.invalidUntil) ctx.report({ messageId: 'invalidDate', range: d.range, data: { until: d.until ?? '' } });
      else if (d.until && ctx.config.today && d.until < ctx.config.today) ctx.report({ messageId: 'expired', range: d.range, data: { ids: d.ids.join(', '), until: d.until } });
    }
  },
});
