"""Union-find: groups and which root survives."""

from recoupe.graph import UnionFind


def test_groups_follow_first_sight_and_the_kept_root() -> None:
    uf: UnionFind[str] = UnionFind(["a", "b", "c", "d"])
    uf.union("c", "a")
    uf.union("c", "b")
    assert uf.groups() == [["a", "b", "c"], ["d"]]
    assert uf.find("a") == uf.find("b") == "c"
    uf.union("e", "d")  # unseen items are added
    assert uf.groups(["d", "e", "a"]) == [["d", "e"], ["a"]] and uf.find("d") == "e"
