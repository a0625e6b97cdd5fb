import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maskSecret } from '../../server/src/engine/mask';

void describe('maskSecret', () => {
  void it('keeps a recognisable prefix of long tokens only', () => {
    assert.equal(maskSecret('AKIAIOSFODNN7EXAMPLE'), 'AKIA…MPLE');
    assert.equal(maskSecret('hunter2-but-longer'), 'hu…er');
    assert.equal(maskSecret('S3cretPassw0rd'), 'S3…rd');
    assert.equal(maskSecret('short-pw'), '…');
    assert.equal(maskSecret('  padded-token-value-0123  '), 'padd…0123');
  });
  void it('never shows more than 8 characters or 40% of the value', () => {
    for (let n = 1; n <= 64; n++) {
      const v = 'x'.repeat(n);
      const shown = maskSecret(v).replace('…', '').length;
      assert.ok(shown <= 8 && shown <= n * 0.4, `length ${n} shows ${shown}`);
    }
  });
});
