import rule from '../../rules/kubernetes/k8s005-no-committed-secret-manifest';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s005.cases';

runRuleTests(rule, cases);
