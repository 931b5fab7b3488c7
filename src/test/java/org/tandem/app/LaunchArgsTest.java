package org.tandem.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LaunchArgsTest {
    @Test
    void noArgumentsOpenTheWindow() throws Exception {
        LaunchArgs args = LaunchArgs.parse();
        assertThat(args.opensWindow()).isTrue();
        assertThat(args.db()).isEmpty();
    }

    @Test
    void dbOptionInBothSpellingsAndPositions() throws Exception {
        assertThat(LaunchArgs.parse("--db", "a.db").db()).contains(Path.of("a.db"));
        assertThat(LaunchArgs.parse("--db=b.db", "plans").db()).contains(Path.of("b.db"));
        LaunchArgs after = LaunchArgs.parse("plans", "--json", "--db", "c.db");
        assertThat(after.db()).contains(Path.of("c.db"));
        assertThat(after.command()).containsExactly("plans", "--json");
    }

    @Test
    void probeOpensTheWindowAndTakesNoCommand() throws Exception {
        assertThat(LaunchArgs.parse("--startup-probe").startupProbe()).isTrue();
        assertThatThrownBy(() -> LaunchArgs.parse("--startup-probe", "plans")).isInstanceOf(UsageError.class);
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThatThrownBy(() -> LaunchArgs.parse("--nope")).isInstanceOf(UsageError.class).hasMessage("unknown option --nope");
        assertThatThrownBy(() -> LaunchArgs.parse("--db")).isInstanceOf(UsageError.class);
        assertThatThrownBy(() -> LaunchArgs.parse("--db=")).isInstanceOf(UsageError.class);
    }

    @Test
    void helpAndVersionAreCommands() throws Exception {
        assertThat(LaunchArgs.parse("--version").command()).isEqualTo(List.of("--version"));
        assertThat(LaunchArgs.parse("-h").opensWindow()).isFalse();
    }

    @Test
    void databasePathPrefersOptionThenEnvironmentThenDataFolder() {
        Map<String, String> env = Map.of("TANDEM_DB", "/tmp/env.db");
        assertThat(AppPaths.database(Optional.of(Path.of("/tmp/opt.db")), env)).isEqualTo(Path.of("/tmp/opt.db"));
        assertThat(AppPaths.database(Optional.empty(), env)).isEqualTo(Path.of("/tmp/env.db"));
    }

    @Test
    void defaultDatabaseFollowsEachSystemsConvention() {
        Path home = Path.of("/home/ana");
        assertThat(AppPaths.defaultDatabase(Map.of(), "Linux", home)).isEqualTo(Path.of("/home/ana/.local/share/tandem/tandem.db"));
        assertThat(AppPaths.defaultDatabase(Map.of("XDG_DATA_HOME", "/data"), "Linux", home)).isEqualTo(Path.of("/data/tandem/tandem.db"));
        assertThat(AppPaths.defaultDatabase(Map.of("XDG_DATA_HOME", "relative"), "Linux", home))
                .isEqualTo(Path.of("/home/ana/.local/share/tandem/tandem.db"));
        assertThat(AppPaths.defaultDatabase(Map.of(), "Mac OS X", home))
                .isEqualTo(Path.of("/home/ana/Library/Application Support/Tandem/tandem.db"));
        assertThat(AppPaths.defaultDatabase(Map.of("APPDATA", "/win/roaming"), "Windows 11", home))
                .isEqualTo(Path.of("/win/roaming/Tandem/tandem.db"));
    }

    @Test
    void theCacheFolderFollowsEachSystemsConvention() {
        Path home = Path.of("/home/ana");
        assertThat(AppPaths.cache(Map.of(), "Linux", home)).isEqualTo(Path.of("/home/ana/.cache/tandem"));
        assertThat(AppPaths.cache(Map.of("XDG_CACHE_HOME", "/fast"), "Linux", home)).isEqualTo(Path.of("/fast/tandem"));
        assertThat(AppPaths.cache(Map.of("XDG_CACHE_HOME", "relative"), "Linux", home)).isEqualTo(Path.of("/home/ana/.cache/tandem"));
        assertThat(AppPaths.cache(Map.of(), "Mac OS X", home)).isEqualTo(Path.of("/home/ana/Library/Caches/Tandem"));
        assertThat(AppPaths.cache(Map.of("LOCALAPPDATA", "/win/local"), "Windows 11", home)).isEqualTo(Path.of("/win/local/Tandem/Cache"));
    }

    @Test
    void aPlanFileAloneOpensTheWindowWithItsImport() throws Exception {
        LaunchArgs args = LaunchArgs.parse("--db", "x.db", "team.tandem.json");
        org.assertj.core.api.Assertions.assertThat(args.opensWindow()).isTrue();
        org.assertj.core.api.Assertions.assertThat(args.planFile()).contains(java.nio.file.Path.of("team.tandem.json"));
        org.assertj.core.api.Assertions.assertThat(LaunchArgs.parse("import", "team.tandem.json").opensWindow()).isFalse();
    }
}
