import rule from '../../rules/helm/hv002-values-no-privileged';
import { runRuleTests } from '../rule-tester';
import { cases } from './hv002.cases';

runRuleTests(rule, cases);
