import { defineRule } from '../../server/src/engine/rule';
import { isPlaceholderReason } from '../../server/src/engine/suppressions';

/** Auditors accept exceptions with a reason; a bare ignore comment is not an exception, it is a hole. */
export default defineRule({
  meta: {
    id: 'SL002',
    slug: 'suppression-requires-reason',
    kind: 'any',
    title: 'Suppressions must state a reason',
    controls: ['CC7.3'],
    severity: 'warning',
    description: 'A `soc2lint-ignore` comment without a reason suppresses nothing. SOC 2 auditors ask for the justification of every accepted exception, so the reason is mandatory.',
    remediation: 'Add the reason after a colon: `# soc2lint-ignore K8S002: vendor image needs it, ticket SEC-123`.',
    fix: 'none',
    messages: {
      missingReason: 'Suppression of {{ids}} has no reason, so it suppresses nothing; add ": <reason>".',
      placeholderReason: 'Suppression of {{ids}} has a placeholder reason ("{{reason}}"), so it suppresses nothing; write why the exception is accepted.',
      missingIds: 'Suppression names no rule id; write e.g. "# soc2lint-ignore K8S002: <reason>".',
    },
  },
  check(ctx) {
    for (const d of ctx.directives) {
      if (d.ids.length === 0) ctx.report({ messageId: 'missingIds', range: d.range });
      else if (!d.reason) ctx.report({ messageId: 'missingReason', range: d.range, data: { ids: d.ids.join(', ') } });
      else if (isPlaceholderReason(d.reason)) ctx.report({ messageId: 'placeholderReason', range: d.range, data: { ids: d.ids.join(', '), reason: d.reason } });
    }
  },
});
