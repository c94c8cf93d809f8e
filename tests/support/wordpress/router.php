<?php
// Router for `php -S`: static files from Debian's WordPress, every other
// request through WordPress itself (pretty permalinks, /wp-json/ included).
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if ($path !== '/' && is_file('/usr/share/wordpress' . $path) && substr($path, -4) !== '.php')
    return false;
require __DIR__ . '/config.php';
define('WP_USE_THEMES', true);
require_once ABSPATH . 'wp-settings.php';
wp();
require_once ABSPATH . WPINC . '/template-loader.php';
