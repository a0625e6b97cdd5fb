import rule from '../../rules/kubernetes/k8s026-no-unmasked-proc-mount';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s026.cases';

runRuleTests(rule, cases);
