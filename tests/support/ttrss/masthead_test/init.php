<?php
// Test only (tests/sync/tst_realttrss): this tt-rss refuses to fetch
// loopback addresses and ports other than 80/443, so feeds under
// http://feeds.masthead.test/ are answered from the test's own feed server
// (MASTHEAD_FEED_SERVER, defined by the test) through tt-rss's hooks for
// subscribing, fetching and a new feed's title.
class Masthead_Test extends Plugin {
	function about() {
		return array(1.0, "Serves http://feeds.masthead.test/ from the test's feed server", "masthead", true);
	}
	function init($host) {
		$host->add_hook($host::HOOK_SUBSCRIBE_FEED, $this);
		$host->add_hook($host::HOOK_FETCH_FEED, $this);
		$host->add_hook($host::HOOK_FEED_BASIC_INFO, $this);
	}
	private function local($url) {
		$prefix = "http://feeds.masthead.test/";
		if (strpos($url, $prefix) !== 0 || !defined('MASTHEAD_FEED_SERVER')) return false;
		return @file_get_contents(MASTHEAD_FEED_SERVER . substr($url, strlen($prefix)));
	}
	function hook_subscribe_feed($contents, $url, $auth_login, $auth_pass) {
		$local = $this->local($url);
		return $local !== false ? $local : $contents;
	}
	function hook_fetch_feed($feed_data, $fetch_url, $owner_uid, $feed, $last_article_timestamp, $auth_login, $auth_pass) {
		$local = $this->local($fetch_url);
		return $local !== false ? $local : $feed_data;
	}
	function hook_feed_basic_info($basic_info, $fetch_url, $owner_uid, $feed, $auth_login, $auth_pass) {
		$local = $this->local($fetch_url);
		if ($local === false) return $basic_info;
		$rss = new FeedParser($local);
		$rss->init();
		return array("title" => $rss->get_title(), "site_url" => $rss->get_link());
	}
	function api_version() {
		return 2;
	}
}
