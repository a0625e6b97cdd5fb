import rule from '../../rules/kubernetes/k8s010-require-read-only-root-filesystem';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s010.cases';

runRuleTests(rule, cases);
