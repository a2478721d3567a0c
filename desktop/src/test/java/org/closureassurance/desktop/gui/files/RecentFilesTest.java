package org.closureassurance.desktop.gui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecentFilesTest {
    private final Preferences prefs = Preferences.userRoot().node("closure-assurance-test/" + UUID.randomUUID());

    @AfterEach
    void tearDown() throws Exception {
        prefs.removeNode();
    }

    @Test
    void keepsTheNewestFirstWithoutRepeatsUpToTheLimit() {
        RecentFiles recent = new RecentFiles(prefs, 3);
        Path a = Path.of("/tmp/a.json");
        Path b = Path.of("/tmp/b.json");
        Path c = Path.of("/tmp/c.json");
        Path d = Path.of("/tmp/d.json");

        recent.add(a);
        recent.add(b);
        recent.add(a);
        recent.add(c);
        recent.add(d);

        assertEquals(List.of(d, c, a), recent.list());
        assertEquals(List.of(d, c, a), new RecentFiles(prefs, 3).list());
        recent.remove(c);
        assertEquals(List.of(d, a), recent.list());
    }
}
