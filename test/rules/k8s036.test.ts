import rule from '../../rules/kubernetes/k8s036-require-user-namespace';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s036.cases';

runRuleTests(rule, cases);
