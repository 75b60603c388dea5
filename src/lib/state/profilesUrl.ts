/**
 * URL state of the profiles page: `?tests=id,id,...&mode=curved|flat`. Pure parse/format functions: parsing
 * accepts any string and always returns a usable state, plus one plain-language message per problem found
 * (shown on the page) saying what was wrong and what is shown instead.
 */

export type ProfileMode = 'curved' | 'flat';

export const PROFILE_MODES: readonly ProfileMode[] = ['curved', 'flat'];

/** The 30 Jan 2022 Hwasong-12 beside the 2017 Hwasong-12, Hwasong-14 and Hwasong-15 lofted tests. */
export const DEFAULT_PROFILE_TEST_IDS: readonly string[] = [
	'2022-01-30-hwasong-12',
	'2017-05-14-hwasong-12',
	'2017-07-04-hwasong-14',
	'2017-07-28-hwasong-14',
	'2017-11-29-hwasong-15'
];

export const DEFAULT_PROFILE_MODE: ProfileMode = 'curved';

/** At most this many tests at once (each adds two curves). */
export const MAX_PROFILE_TESTS = 10;

export interface ProfilesUrlState {
	testIds: string[];
	mode: ProfileMode;
}

export interface ParsedProfilesUrl {
	state: ProfilesUrlState;
	/** One sentence per problem, empty when the URL was fine. */
	messages: string[];
}

const KNOWN_PARAMS = ['tests', 'mode'];

/** Quote a user-supplied value for a message, shortened so a hostile URL cannot flood the page. */
function quote(value: string): string {
	const clean = [...value]
		.map((ch) => (ch.charCodeAt(0) < 32 || ch === '\u007f' ? ' ' : ch))
		.join('');
	return `“${clean.length > 40 ? clean.slice(0, 40) + '…' : clean}”`;
}

function parseParams(search: string): URLSearchParams {
	try {
		return new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
	} catch {
		return new URLSearchParams();
	}
}

/**
 * Read `search` (a query string, with or without "?"). Unknown or repeated test ids, an unknown mode, unknown
 * parameters and an empty selection are reported; the returned state is always valid.
 */
export function parseProfilesQuery(
	search: string,
	knownTestIds: readonly string[],
	defaults: ProfilesUrlState = {
		testIds: DEFAULT_PROFILE_TEST_IDS.filter((id) => knownTestIds.includes(id)),
		mode: DEFAULT_PROFILE_MODE
	}
): ParsedProfilesUrl {
	const params = parseParams(typeof search === 'string' ? search : '');
	const messages: string[] = [];
	const known = new Set(knownTestIds);

	const unknownParams = [...new Set([...params.keys()])].filter((k) => !KNOWN_PARAMS.includes(k));
	if (unknownParams.length > 0) {
		messages.push(
			`Ignored unknown URL parameter${unknownParams.length > 1 ? 's' : ''} ${unknownParams
				.slice(0, 5)
				.map(quote)
				.join(', ')}: this page reads only “tests” and “mode”.`
		);
	}

	let testIds = [...defaults.testIds];
	const rawTests = params.getAll('tests');
	if (rawTests.length > 0) {
		const wanted = rawTests
			.flatMap((v) => v.split(','))
			.map((v) => v.trim().toLowerCase())
			.filter((v) => v.length > 0);
		const unknown = [...new Set(wanted.filter((id) => !known.has(id)))];
		const picked = [...new Set(wanted.filter((id) => known.has(id)))];
		if (unknown.length > 0) {
			messages.push(
				`Ignored unknown test id${unknown.length > 1 ? 's' : ''} ${unknown
					.slice(0, 5)
					.map(quote)
					.join(
						', '
					)}${unknown.length > 5 ? ` and ${unknown.length - 5} more` : ''}. Test ids look like “2022-01-30-hwasong-12”; pick tests from the list on this page.`
			);
		}
		if (picked.length > MAX_PROFILE_TESTS) {
			messages.push(
				`Showing the first ${MAX_PROFILE_TESTS} of the ${picked.length} tests asked for: more than ${MAX_PROFILE_TESTS} at once cannot be told apart.`
			);
		}
		if (picked.length === 0) {
			messages.push(
				'No known test in the “tests” parameter, so the default comparison is shown. Pick tests from the list on this page.'
			);
		} else {
			testIds = picked.slice(0, MAX_PROFILE_TESTS);
		}
	}

	let mode = defaults.mode;
	const rawMode = params.get('mode');
	if (rawMode !== null) {
		const m = rawMode.trim().toLowerCase();
		if ((PROFILE_MODES as readonly string[]).includes(m)) mode = m as ProfileMode;
		else
			messages.push(
				`Unknown view ${quote(rawMode)}: use mode=curved (to scale on a curved Earth) or mode=flat. Showing the ${defaults.mode} view.`
			);
	}
	return { state: { testIds, mode }, messages };
}

/**
 * The query string for a state ("?tests=...&mode=flat"), or "" for the default comparison so the plain page
 * URL stays clean. Ids are joined with commas (left unescaped: they are [a-z0-9-] only).
 */
export function formatProfilesQuery(
	state: ProfilesUrlState,
	defaults: ProfilesUrlState = {
		testIds: [...DEFAULT_PROFILE_TEST_IDS],
		mode: DEFAULT_PROFILE_MODE
	}
): string {
	const parts: string[] = [];
	const sameTests =
		state.testIds.length === defaults.testIds.length &&
		state.testIds.every((id, i) => id === defaults.testIds[i]);
	if (!sameTests) parts.push(`tests=${state.testIds.map(encodeURIComponent).join(',')}`);
	if (state.mode !== defaults.mode) parts.push(`mode=${state.mode}`);
	return parts.length > 0 ? `?${parts.join('&')}` : '';
}
