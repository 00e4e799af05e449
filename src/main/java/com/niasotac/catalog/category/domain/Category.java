package com.niasotac.catalog.category.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A node of the category tree. {@code path} holds the ids from the root ({@code /1/7/12/}) and
 * {@code fullPath} the names; both are maintained by CategoryService for the whole subtree.
 */
@Entity
@Table(name = "category")
public class Category {

    public static final String PATH_SEPARATOR = "/";
    public static final String NAME_SEPARATOR = " > ";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 140)
    private String slug;

    @Column(name = "icon_key", length = 300)
    private String iconKey;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false, length = 1000)
    private String path;

    @Column(name = "full_path", nullable = false, length = 2000)
    private String fullPath;

    @Column(nullable = false)
    private int level;

    @Column(name = "is_main_category", nullable = false)
    private boolean mainCategory;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Category() {}

    public Category(String name, String slug, boolean mainCategory, Instant now) {
        this.name = name;
        this.slug = slug;
        this.mainCategory = mainCategory;
        this.path = PATH_SEPARATOR; // completed by placeUnder once the id is known
        this.fullPath = name;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Sets parent, path, names path and level from the parent (null for a root). Needs the id. */
    public void placeUnder(Category parent) {
        this.parentId = parent == null ? null : parent.id;
        this.path = (parent == null ? PATH_SEPARATOR : parent.path) + id + PATH_SEPARATOR;
        this.fullPath = parent == null ? name : parent.fullPath + NAME_SEPARATOR + name;
        this.level = parent == null ? 0 : parent.level + 1;
    }

    public void describe(String newName, String newSlug, boolean isMain, Instant now) {
        this.name = newName;
        this.slug = newSlug;
        this.mainCategory = isMain;
        this.updatedAt = now;
    }

    public void changeIcon(String key, Instant now) {
        this.iconKey = key;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String slug() {
        return slug;
    }

    public String iconKey() {
        return iconKey;
    }

    public Long parentId() {
        return parentId;
    }

    public String path() {
        return path;
    }

    public String fullPath() {
        return fullPath;
    }

    public int level() {
        return level;
    }

    public boolean isMainCategory() {
        return mainCategory;
    }
}
