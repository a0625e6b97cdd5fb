import rule from '../../rules/kubernetes/k8s020-no-latest-image-tag';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s020.cases';

runRuleTests(rule, cases);
