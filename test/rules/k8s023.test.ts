import rule from '../../rules/kubernetes/k8s023-require-image-pull-policy-always';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s023.cases';

runRuleTests(rule, cases);
