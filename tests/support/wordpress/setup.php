<?php
// Installs WordPress into the empty database config.php names, then adds
// the categories read from stdin as JSON [{"id","name","parent","posts"}]
// (parent: an id of an earlier entry, or 0), each with that many posts.
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = parse_url(getenv('WP_URL'), PHP_URL_HOST) . ':' . parse_url(getenv('WP_URL'), PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
require __DIR__ . '/config.php';
require_once ABSPATH . 'wp-settings.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install(getenv('WP_TITLE') ?: 'Example News', 'admin', 'admin@example.invalid', true, '', 'password');
update_option('permalink_structure', '/%year%/%monthnum%/%postname%/');
update_option('template', 'twentytwentythree');
update_option('stylesheet', 'twentytwentythree');
$ids = [];
$tree = json_decode(file_get_contents('php://stdin'), true);
$n = 0;
foreach ($tree as $c) {
    $parent = $c['parent'] ? $ids[$c['parent']] : 0;
    $t = wp_insert_term($c['name'], 'category', ['parent' => $parent]);
    if (is_wp_error($t)) {
        fwrite(STDERR, $t->get_error_message() . "\n");
        exit(1);
    }
    $ids[$c['id']] = $t['term_id'];
    for ($i = 0; $i < $c['posts']; $i++) {
        wp_insert_post(['post_title' => $c['name'] . ' story ' . ($i + 1), 'post_content' => '<p>Body</p>',
                        'post_status' => 'publish', 'post_category' => [$t['term_id']],
                        'post_date' => date('Y-m-d H:i:s', time() - 60 * (++$n))]);
    }
}
flush_rewrite_rules(true);
echo 'installed ' . count($ids) . " categories\n";
