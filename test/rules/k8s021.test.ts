import rule from '../../rules/kubernetes/k8s021-require-image-digest';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s021.cases';

runRuleTests(rule, cases);
