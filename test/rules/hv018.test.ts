import rule from '../../rules/helm/hv018-values-require-metrics';
import { runRuleTests } from '../rule-tester';
import { cases } from './hv018.cases';

runRuleTests(rule, cases);
