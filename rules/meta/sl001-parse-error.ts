import { defineRule } from '../../server/src/engine/rule';

/** Syntax errors are findings too: a file that does not parse is not evidence of anything. */
export default defineRule({
  meta: {
    id: 'SL001',
    slug: 'parse-error',
    kind: 'any',
    title: 'File must parse',
    controls: ['CC7.2'],
    severity: 'error',
    description: 'The file has a syntax error, so its other documents may be linted only in part and the deployment tooling will reject or misread it.',
    remediation: 'Correct the syntax at the reported location.',
    fix: 'none',
    messages: { syntax: 'Syntax error: {{message}}' },
  },
  check(ctx) {
    for (const problem of ctx.parseProblems) ctx.report({ messageId: 'syntax', range: problem.range, data: { message: problem.message } });
  },
});
