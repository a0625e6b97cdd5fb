import rule from '../../rules/kubernetes/k8s063-no-nginx-snippet-annotations';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s063.cases';

runRuleTests(rule, cases);
