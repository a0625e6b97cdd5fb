import rule from '../../rules/kubernetes/k8s033-no-naked-pod';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s033.cases';

runRuleTests(rule, cases);
