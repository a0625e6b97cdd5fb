import rule from '../../rules/kubernetes/k8s019-require-probes';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s019.cases';

runRuleTests(rule, cases);
