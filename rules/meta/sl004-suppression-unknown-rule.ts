import { defineRule } from '../../server/src/engine/rule';

/** A typo in a rule id would otherwise leave a finding unsuppressed with no hint why. */
export default defineRule({
  meta: {
    id: 'SL004',
    slug: 'suppression-unknown-rule',
    kind: 'any',
    title: 'Suppressions must name existing rules',
    controls: ['CC7.3'],
    severity: 'warning',
    description: 'A suppression names a rule id soc2lint does not know, so it suppresses nothing for that id.',
    remediation: 'Use the rule id shown with the finding (e.g. `K8S002`), or `ALL`.',
    fix: 'none',
    messages: { unknown: 'Suppression names unknown rule "{{id}}".' },
  },
  check(ctx) {
    for (const d of ctx.directives) {
      for (const id of d.ids) if (id !== 'ALL' && !ctx.knownRuleIds.has(id)) ctx.report({ messageId: 'unknown', range: d.range, data: { id } });
    }
  },
});
