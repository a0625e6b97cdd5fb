import rule from '../../rules/helm/hv006-values-drop-all-capabilities';
import { runRuleTests } from '../rule-tester';
import { cases } from './hv006.cases';

runRuleTests(rule, cases);
