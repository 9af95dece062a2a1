// Every saved thread in the repository and in ../shared/fixtures, through the real pipeline (analyze):
// the number of posts read is the one this table records, every parent names a post, no post holds
// markup, no paragraph is page chrome. Add a row with every new fixture; a row whose file is gone fails.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ThreadmapError } from '../../src/errors.js';
import type { MapDocument } from '../../src/model.js';
import { analyze } from '../../src/pipeline.js';
import { decodeInput } from '../../src/sources/input.js';

/** `typedTags`: posts whose writer typed a tag as words (escaped in the saved source, e.g. "an extra &lt;div&gt;"). */
type Expected = { kind: MapDocument['source']['kind']; posts: number; typedTags?: string[] } | { refused: 'not-a-thread' };

/** Posts with the site's own ids (placeholders for missing parents not counted), or the refusal a page gets. */
const EXPECTED: Record<string, Expected> = {
  'discourse/crawler_topic_page.html': { kind: 'discourse', posts: 3 },
  'discourse/criticalfallibilism_t2108_posts.json': { kind: 'discourse', posts: 20 },
  'discourse/criticalfallibilism_t2108_posts_pn41.json': { kind: 'discourse', posts: 20 },
  'discourse/criticalfallibilism_t2108_posts_pn61.json': { kind: 'discourse', posts: 19 },
  'discourse/criticalfallibilism_t2108_posts_pn81.json': { kind: 'discourse', posts: 20 },
  'discourse/foundationdb_t502_coordinator_not_by_ip.json': { kind: 'discourse', posts: 20 },
  'discourse/delvingbitcoin_t1509_ctv_csfs_consensus_first_step.json': { kind: 'discourse', posts: 83 },
  // Bitcoin Script written as words: "IF <P> CHECKSIG ELSE <Q> CHECKSIG ENDIF".
  'discourse/delvingbitcoin_t710_great_consensus_cleanup_revival.json': { kind: 'discourse', posts: 93, typedTags: ['4190'] },
  'discourse/delvingbitcoin_t1707_dust_expiry.json': { kind: 'discourse', posts: 36 },
  'discourse/foundationdb_t101_new_storage_engine_ideas.json': { kind: 'discourse', posts: 20 },
  'discourse/foundationdb_t94_sql_layer.json': { kind: 'discourse', posts: 17 },
  'discourse/foundationdb_t315_transaction_timeout_defaults.json': { kind: 'discourse', posts: 17 },
  'discourse/foundationdb_t1560_relax_consistency_guarantees.json': { kind: 'discourse', posts: 18 },
  'discourse/foundationdb_t771_o_direct_unsupported_filesystems.json': { kind: 'discourse', posts: 14 },
  'discourse/foundationdb_t1939_proposal_dropping_msvc.json': { kind: 'discourse', posts: 13 },
  'discourse/foundationdb_t4989_improving_perceived_complexity.json': { kind: 'discourse', posts: 20 },
  'discourse/ionic_t177814_browser_saved_2_8.html': { kind: 'discourse', posts: 20 },
  'discourse/rendered_topic_saved_complete_own.html': { kind: 'discourse', posts: 4 },
  // A static export (ArchiveDiscourse): writer and words, no date, no reply structure; the generic reader finds the
  // 62 posts, and one writer's double post (#46, #47) is merged.
  'discourse/nounsdao_t3059_archive_discourse_export.html': { kind: 'html', posts: 61 },
  'discourse/wicg_t2588_geolocation_in_service_workers.html': { kind: 'html', posts: 20 },
  'discourse/wicg_t1594_keyboard_lock_api.html': { kind: 'html', posts: 20 },
  'discourse/wicg_t2436_event_throttling_debouncing.html': { kind: 'html', posts: 20 },
  'discourse/wicg_t198_initial_styles_at_rule.html': { kind: 'html', posts: 20 },
  'discourse/wicg_t947_pseudo_class_stuck.html': { kind: 'html', posts: 20 },
  // Posts 22 and 46 are a line and a link each (mostly link text): still posts.
  'discourse/nounsdao_t4640_nouns_need_something_more_innovative.html': { kind: 'html', posts: 46 },
  // Post 27 is one line and a link onebox (mostly link text): still a post.
  'discourse/nounsdao_t3044_bonuses_out_of_treasury.html': { kind: 'html', posts: 33 },
  // Two posts are only a tweet onebox (link text): still posts.
  'discourse/nounsdao_t3246_nounish_playground_game.html': { kind: 'html', posts: 59 },
  'discourse/wicg_t1205_find_in_page_non_dom_text.html': { kind: 'html', posts: 20 },
  'discourse/wicg_t2812_unique_device_id.html': { kind: 'html', posts: 20 },
  'discourse/wicg_t2737_proposal_html5_app_drm.html': { kind: 'html', posts: 20 },
  'discourse/wicg_t4565_advertising_to_interest_groups.html': { kind: 'html', posts: 20 },
  'discourse/wicg_t4473_proposal_floc.html': { kind: 'html', posts: 20 },
  'discourse/nounsdao_t3002_how_much_nouns_funded.html': { kind: 'html', posts: 28 },
  // A static archive of discuss.redash.io: Discourse's crawler view re-wrapped by the archiver; read by the generic
  // reader (every post a reply to the first).
  'discourse/redash_t8760_hosted_version_eol_questions.html': { kind: 'html', posts: 20 },
  'discourse/urho3d_t3365_new_codestyle_cpp11.json': { kind: 'discourse', posts: 62 },
  'discourse/urho3d_t3825_securing_urho3ds_future.json': { kind: 'discourse', posts: 56 },
  'discourse/urho3d_t6449_minimizing_usage_of_auto.json': { kind: 'discourse', posts: 68 },
  'discourse/urho3d_t6555_c_vs_cpp_again.json': { kind: 'discourse', posts: 66 },
  'discourse/urho3d_t6605_re_to_rbfx_and_not_to_rbfx.json': { kind: 'discourse', posts: 139 },
  'discourse/urho3d_t5864_to_rbfx_and_not_to_rbfx.json': { kind: 'discourse', posts: 337 },
  'discourse/urho3d_t2788_moving_to_cpp11.json': { kind: 'discourse', posts: 61 },
  'discourse/urho3d_t7149_removing_lua_bindings.json': { kind: 'discourse', posts: 59 },
  'discourse/pythondiscuss_t104906_pre_pep_rust_for_cpython.json': { kind: 'discourse', posts: 192 },
  'discourse/pythondiscuss_t46593_lock_files_again_first20.json': { kind: 'discourse', posts: 20 },
  'forum/jsonld_discussion.html': { kind: 'html', posts: 4 },
  'forum/nettally_nodebb.html': { kind: 'html', posts: 13 },
  'forum/nettally_phpbb.html': { kind: 'html', posts: 25 },
  'forum/nettally_renascencesv.html': { kind: 'html', posts: 25 },
  'forum/nettally_vbulletin4.html': { kind: 'html', posts: 10 },
  'forum/nettally_vbulletin5.html': { kind: 'html', posts: 15 },
  'forum/nettally_xenforo2.html': { kind: 'html', posts: 8 },
  'forum/phpbb_viewtopic_page1.html': { kind: 'html', posts: 4 },
  'forum/phpbb_viewtopic_page2.html': { kind: 'html', posts: 1 },
  'forum/pipermail_000123.html': { kind: 'html', posts: 1 },
  'forum/pipermail_000124.html': { kind: 'html', posts: 1 },
  'forum/pipermail_000125.html': { kind: 'html', posts: 1 },
  'forum/pipermail_000126.html': { kind: 'html', posts: 1 },
  'forum/pipermail_thread.html': { refused: 'not-a-thread' },
  'forum/smf20_topic.html': { kind: 'html', posts: 3 },
  'forum/vbulletin38_animesuki_page152.html': { kind: 'html', posts: 20 },
  'forum/xenforo2_thread.html': { kind: 'html', posts: 3 },
  'generic/archive_export_upload_own.html': { kind: 'html', posts: 4 },
  'generic/login_page_own.html': { refused: 'not-a-thread' },
  'generic/microdata_comments_own.html': { kind: 'html', posts: 4 },
  'generic/news_article_own.html': { kind: 'html', posts: 1 },
  'generic/news_with_related_teasers_own.html': { kind: 'html', posts: 1 },
  'generic/product_page_own.html': { refused: 'not-a-thread' },
  'generic/repeated_blocks_own.html': { kind: 'html', posts: 3 },
  'github/github3py_issue_187.json': { kind: 'github', posts: 1 },
  'github/github3py_issue_187_comments.json': { kind: 'github', posts: 3 },
  'github/github3py_issue_187_page.html': { kind: 'github', posts: 4 },
  'github/onnxruntime_issue_12288.json': { kind: 'github', posts: 1 },
  'github/onnxruntime_issue_12288_comments.json': { kind: 'github', posts: 15 },
  'github/onnxruntime_issue_4094_with_comments.json': { kind: 'github', posts: 17 },
  'github/onnxruntime_issue_9506_with_comments.json': { kind: 'github', posts: 19 },
  'github/piotrmurach_github_issue_61_comments.json': { kind: 'github', posts: 7 },
  'github/piotrmurach_github_repo_comments_NOT_A_THREAD.json': { refused: 'not-a-thread' },
  'hackernews/algolia_poll_own.json': { kind: 'hackernews', posts: 4 },
  'hackernews/comment_page_2024_own.html': { kind: 'hackernews', posts: 4 },
  'hackernews/firebase_items_1_y_combinator.json': { kind: 'hackernews', posts: 16 },
  'hackernews/firebase_poll_own.json': { kind: 'hackernews', posts: 4 },
  'hackernews/hnpwa_item_25015967_biden_wins_white_house.json': { kind: 'hackernews', posts: 1969 },
  'hackernews/hnpwa_item_26312516_speed_is_the_killer_feature.json': { kind: 'hackernews', posts: 486, typedTags: ['26314041'] },
  'hackernews/item_page_2011_virtualbox_is_garbage.html': { kind: 'hackernews', posts: 50 },
  'hackernews/item_page_2012_ask_where_look_for_jobs_bs4.html': { kind: 'hackernews', posts: 95 },
  'hackernews/item_page_2012_aws_outage_summary_bs4.html': { kind: 'hackernews', posts: 46 },
  'hackernews/item_page_2012jun_get_shit_done.html': { kind: 'hackernews', posts: 74 },
  'hackernews/item_page_2013jan_larry_page_future.html': { kind: 'hackernews', posts: 10 },
  'hackernews/item_page_2014_raw_markup_own.html': { kind: 'hackernews', posts: 5 },
  'hackernews/item_page_2015feb_jsoup_ask_tdd.html': { kind: 'hackernews', posts: 2 },
  'hackernews/item_page_2015apr_hyperv_containers.html': { kind: 'hackernews', posts: 122 },
  'hackernews/item_page_2015feb_jsoup_gc_arc.html': { kind: 'hackernews', posts: 13 },
  'hackernews/item_page_2015jul_jsoup_stop_pushing_web_forward.html': { kind: 'hackernews', posts: 16 },
  'hackernews/item_page_2024_ask_hn.html': { kind: 'hackernews', posts: 5 },
  'hackernews/item_page_2026_chuwi_minibook_x.html': { kind: 'hackernews', posts: 125 },
  'hackernews/poll_page_2024_own.html': { kind: 'hackernews', posts: 4 },
  'lemmy/lemmy_ml_post_11842907.json': { kind: 'lemmy', posts: 1 },
  'lemmy/lemmy_ml_post_11842907_comments.json': { kind: 'lemmy', posts: 13 },
  'lesswrong/lw_4fqwBmmqi2ZGn9o7j_fatalities_ai_takeover_top_users.json': { kind: 'lesswrong', posts: 21 },
  'lesswrong/lw_9MaTnw5sWeQrggYBG_epistemic_advantage_moderate_top_users.json': { kind: 'lesswrong', posts: 30 },
  'lesswrong/lw_P4xeb3jnFAYDdEEXs_enjoyed_most_of_iabied_top_users.json': { kind: 'lesswrong', posts: 16 },
  'lesswrong/lw_kgb58RL88YChkkBNf_the_problem_top_users.json': { kind: 'lesswrong', posts: 43 },
  'lesswrong/lw_kkWmybhaig4oSWkgX_shut_it_down_simpler_top_users.json': { kind: 'lesswrong', posts: 17 },
  'lesswrong/lw_vJrP7nbnJTwk4fcbk_simulating_political_disagreement_top_users.json': { kind: 'lesswrong', posts: 12 },
  'lesswrong/lw_voEAJ9nFBAqau8pNN_the_title_is_reasonable_top_users.json': { kind: 'lesswrong', posts: 53 },
  'lesswrong/thread_slow_takeoff.json': { kind: 'lesswrong', posts: 12 },
  // Our own, in the shapes of a saved Disqus embed page (its posts in the thread-data script) and a posts/list answer.
  // One of the 6 comments was deleted: kept as a placeholder (its reply hangs under it), not counted.
  'disqus/embed_page_car_free_downtown_own.html': { kind: 'disqus', posts: 5 },
  'disqus/api_posts_list_car_free_downtown_own.json': { kind: 'disqus', posts: 4 },
  'lobsters/story_page_ktew3s_2026.html': { kind: 'lobsters', posts: 16 },
  'lobsters/story_page_tdfoqh_2026.html': { kind: 'lobsters', posts: 11 },
  'lobsters/story_tdfoqh_2022.json': { kind: 'lobsters', posts: 8 },
  'lobsters/story_tdfoqh_2025.json': { kind: 'lobsters', posts: 11 },
  'mastodon/fosstodon_114026814291152535_context.json': { kind: 'mastodon', posts: 3 },
  'mastodon/fosstodon_114027213608365869_context.json': { kind: 'mastodon', posts: 1 },
  'mastodon/mastodon_social_109294719267373593_context.json': { kind: 'mastodon', posts: 59 },
  'mastodon/mastodon_social_109294719267373593_status.json': { kind: 'mastodon', posts: 1 },
  'mastodon/mastodon_social_tag_rstats_timeline_NOT_A_THREAD.json': { refused: 'not-a-thread' },
  'reddit/announcements_fo7p5b_reddit_polls.json': { kind: 'reddit', posts: 483 },
  'reddit/movies_1lihub_miyazaki_retirement_raw4j.json': { kind: 'reddit', posts: 199 },
  'stackexchange/api_answer_comments.json': { kind: 'stackexchange', posts: 2 },
  'stackexchange/api_answers_page1.json': { kind: 'stackexchange', posts: 2 },
  'stackexchange/api_answers_page2.json': { kind: 'stackexchange', posts: 1 },
  'stackexchange/api_question.json': { kind: 'stackexchange', posts: 1 },
  'stackexchange/api_question_comments.json': { kind: 'stackexchange', posts: 2 },
  'stackexchange/api_question_embedded.json': { kind: 'stackexchange', posts: 8 },
  'stackexchange/api_question_object_unwrapped.json': { kind: 'stackexchange', posts: 8 },
  'stackexchange/posts_2003515_comments.html': { kind: 'html', posts: 2 },
  // A thread about matching HTML tags: its writers type them as words.
  'stackexchange/so_1401482_yyyy_mm_dd_date_in_shell_script.html': { kind: 'stackexchange', posts: 32 },
  'stackexchange/so_1732348_regex_match_open_tags.html': {
    kind: 'stackexchange', posts: 114,
    typedTags: [
      '1732348', 'comment-16523188', '1736801', 'comment-36631031', '7564061', 'comment-14956273',
      'comment-28164133', 'comment-28167413', '2146912', 'comment-1612303', 'comment-6710897', '1737662',
      '6817767', 'comment-8098950', 'comment-66191152', '2708960', 'comment-111341972',
    ],
  },
  'stackexchange/so_1732438_run_all_python_unit_tests_in_directory.html': { kind: 'stackexchange', posts: 51 },
  'stackexchange/so_3702675_print_full_exception_traceback.html': { kind: 'stackexchange', posts: 34 },
  'stackexchange/so_4414234_unittest_results_in_teardown.html': { kind: 'stackexchange', posts: 41 },
  'shared:discourse/criticalfallibilism_t2144_posts.json': { kind: 'discourse', posts: 20 },
  'shared:discourse/criticalfallibilism_t2144_posts_pn41.json': { kind: 'discourse', posts: 20 },
  'shared:discourse/try_discourse_t57_sandbox_topic_2013.json': { kind: 'discourse', posts: 4 },
  'shared:forum-html/somethingawful_vb_coding_horrors.html': { kind: 'html', posts: 40 },
  'shared:forum-html/somethingawful_vb_lets_play_battlefield1942_last_page.html': { kind: 'html', posts: 33 },
  'shared:forum-html/somethingawful_vb_logie_award.html': { kind: 'html', posts: 40 },
  'shared:hackernews/algolia_item_1_y_combinator.json': { kind: 'hackernews', posts: 16 },
  'shared:hackernews/hn_item_page_2015_whats_new_in_xcode7.html': { kind: 'hackernews', posts: 70 },
  'shared:hackernews/hnpwa_item_1_y_combinator.json': { kind: 'hackernews', posts: 16 },
  'shared:lesswrong/lw_graphql_user_comments_2aoRX3ookcCozcb3m_NOT_A_THREAD.json': { kind: 'lesswrong', posts: 100 },
  'shared:reddit/announcements_n49rw_were_back.json': { kind: 'reddit', posts: 476 },
  'shared:reddit/funny_3hahrw_ba_dum_tsss.json': { kind: 'reddit', posts: 471 },
  'shared:reddit/funny_3hahrw_morechildren_1.json': { kind: 'reddit', posts: 10 },
  'shared:reddit/iama_57dw9a_ken_bone_context.json': { kind: 'reddit', posts: 141 },
  'shared:stackexchange/ptso_361861_abrir_arquivo_python_windows.html': { kind: 'stackexchange', posts: 9 },
  'shared:stackexchange/so_2003505_delete_git_branch.html': { kind: 'stackexchange', posts: 82 },
  'shared:stackexchange/so_32899_parameterized_unit_tests_python.html': { kind: 'stackexchange', posts: 66 },
  'shared:stackexchange/so_48978459_cat_not_equal_dog.html': { kind: 'stackexchange', posts: 5 },
};

const OWN = fileURLToPath(new URL('../fixtures/sources/', import.meta.url));
const SHARED = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));

/** Tags that only markup has: user text may say "</whisper>" or "<3", never "</div>" or "<a href". */
const MARKUP = /<(div|span|p|a|td|tr|table|li|ul|font|br|img|script)\b[^>]*>|<\/(div|span|p|a|td|tr|table|li|ul|font)>/i;
/** A line that is a site's button or link, not a writer's words. */
const CHROME_LINE = /^(reply|permalink|link|parent|context|flag|vote|upvote|downvote|log ?in|login|log out|sign in|sign up|register|quote|report|share|save|hide|\[[-–+]\]|[▲▼]|\d+ points?)$/i;

function savedFiles(root: string): string[] {
  return readdirSync(root).sort().flatMap((name) => {
    const path = join(root, name);
    if (statSync(path).isDirectory()) return savedFiles(path);
    return name.endsWith('.md') ? [] : [path];
  });
}

function checkDocument(doc: MapDocument, expected: Expected) {
  const { typedTags = [], ...counts } = 'kind' in expected ? expected : { refused: expected.refused };
  expect('kind' in counts ? { kind: doc.source.kind, posts: doc.posts.filter((post) => !post.placeholder).length } : 'read').toEqual(counts);
  const ids = new Set(doc.posts.map((post) => post.id));
  expect(ids.size).toBe(doc.posts.length);
  expect(doc.posts.filter((post) => post.parentId !== null && !ids.has(post.parentId)).map((post) => post.id)).toEqual([]);
  expect(doc.posts.filter((post) => MARKUP.test(post.text)).map((post) => post.id)).toEqual(typedTags);
  const chrome = doc.posts.flatMap((post) => post.text.split('\n').filter((line) => CHROME_LINE.test(line.trim())).map((line) => `${post.id}: ${line}`));
  expect(chrome).toEqual([]);
}

async function runFile(path: string, expected: Expected | undefined) {
  expect(expected, `${path} has no row in EXPECTED`).toBeDefined();
  const input = decodeInput(readFileSync(path), path);
  const outcome = await analyze(input).catch((error: unknown) => error);
  if (outcome instanceof ThreadmapError) {
    expect({ refused: outcome.code }).toEqual(expected);
    return;
  }
  if (outcome instanceof Error) throw outcome;
  checkDocument(outcome as MapDocument, expected!);
}

describe('corpus: every saved thread in tests/fixtures/sources', () => {
  it.each(savedFiles(OWN).map((path) => [relative(OWN, path), path]))('%s', (name, path) => runFile(path, EXPECTED[name]), 60_000);
});

describe.skipIf(!existsSync(SHARED))('corpus: every saved thread in ../shared/fixtures', () => {
  it.each(savedFiles(SHARED).map((path) => [relative(SHARED, path), path]))('%s', (name, path) => runFile(path, EXPECTED[`shared:${name}`]), 60_000);
});

describe('corpus table', () => {
  it('names only files that exist', () => {
    const present = new Set([
      ...savedFiles(OWN).map((path) => relative(OWN, path)),
      ...(existsSync(SHARED) ? savedFiles(SHARED).map((path) => `shared:${relative(SHARED, path)}`) : []),
    ]);
    const rows = Object.keys(EXPECTED).filter((name) => existsSync(SHARED) || !name.startsWith('shared:'));
    expect(rows.filter((name) => !present.has(name))).toEqual([]);
  });
});
