/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { expectDiagnostics, expectations, FILES, open, ruleIdOf, uriOf } from './helpers';

/** At least these must be there whatever else the rule set grows: a guard against both sides being empty. */
// values.yaml keeps HV004 (a committed secret); its empty podSecurityContext is reported on the
// template that renders it (K8S001, docs/helm.md), not as HV001.
const MUST_HAVE: Record<string, string> = { Dockerfile: 'DF001', 'k8s/api.yaml': 'K8S002', 'charts/webapp/values.yaml': 'HV004' };

describe('diagnostics', () => {
  for (const rel of FILES) {
    it(`${rel}: the same findings as soc2lint scan`, async () => {
      const expected = expectations().files[rel]?.findings ?? [];
      assert.ok(expected.some((f) => f.ruleId === MUST_HAVE[rel]), `soc2lint scan should report ${MUST_HAVE[rel]} in ${rel}`);
      await open(rel);
      const got = await expectDiagnostics(uriOf(rel), expected);
      for (const d of got) {
        const code = d.code;
        assert.ok(typeof code === 'object' && code.target instanceof vscode.Uri, `${ruleIdOf(d)}: code should link to the rule's documentation`);
        assert.ok(d.message.length > 0);
      }
    });
  }
});
