import rule from '../../rules/kubernetes/k8s018-require-memory-limit';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s018.cases';

runRuleTests(rule, cases);
