import rule from '../../rules/kubernetes/k8s001-require-run-as-non-root';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s001.cases';

runRuleTests(rule, cases);
