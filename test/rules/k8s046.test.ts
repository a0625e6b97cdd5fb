import rule from '../../rules/kubernetes/k8s046-no-secret-env-reference';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s046.cases';

runRuleTests(rule, cases);
