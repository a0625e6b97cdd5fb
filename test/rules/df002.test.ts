import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rule from '../../rules/dockerfile/df002-no-secret-in-env-arg';
import { applyFix } from '../../server/src/engine/fixes';
import { lintWithRule, runRuleTests } from '../rule-tester';
import { cases } from './df002.cases';

runRuleTests(rule, cases);

void describe('DF002 suggestion', () => {
  void it('removing the ARG default leaves a declaration the rule accepts', () => {
    const c = { code: 'FROM alpine\nARG GITHUB_TOKEN="abc 123"\nRUN make\n', filename: 'Dockerfile' };
    const [finding] = lintWithRule(rule, c);
    const fixed = applyFix(c.code, finding!.suggestions![0]!);
    assert.equal(fixed, 'FROM alpine\nARG GITHUB_TOKEN\nRUN make\n');
    assert.deepEqual(lintWithRule(rule, c, fixed), []);
  });
  void it('ENV gets no suggestion: there is no safe local rewrite', () => {
    const [finding] = lintWithRule(rule, { code: 'FROM alpine\nENV API_TOKEN=t\n', filename: 'Dockerfile' });
    assert.equal(finding!.suggestions, undefined);
  });
});
